import {
  fieldProblem,
  type FieldProblem,
  type ProblemCode,
  type ProblemParams,
} from '@cqss/domain';
import { getMetadataStorage, type ValidationError } from 'class-validator';

/** The problem code of each class-validator constraint the inputs use (others: INVALID). */
const CODES: Record<string, ProblemCode> = {
  isNotEmpty: 'REQUIRED',
  maxLength: 'TOO_LONG',
  minLength: 'TOO_SHORT',
  arrayMaxSize: 'TOO_MANY',
  arrayMinSize: 'TOO_FEW',
  min: 'TOO_SMALL',
  max: 'TOO_LARGE',
  isInt: 'NOT_INTEGER',
  isNumber: 'NOT_NUMBER',
  isUuid: 'NOT_UUID',
  isEnum: 'NOT_ALLOWED',
  isIn: 'NOT_ALLOWED',
  isIso8601: 'DATE_INVALID',
  isPhone: 'PHONE_INVALID',
  isCalendarDate: 'DATE_INVALID',
  matches: 'INVALID_FORMAT',
};

/** The decorator's arguments a translation needs, e.g. `@MaxLength(40)` → `{ max: 40 }`. */
function constraintParams(error: ValidationError, constraint: string): ProblemParams {
  const target = error.target?.constructor;
  if (!target) return {};
  const meta = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((m) => m.propertyName === error.property && m.name === constraint);
  const [a, b] = (meta?.constraints ?? []) as unknown[];
  const num = (v: unknown) => (typeof v === 'number' ? v : null);
  switch (constraint) {
    case 'maxLength':
    case 'arrayMaxSize':
    case 'max':
      return { max: num(a) };
    case 'minLength':
    case 'arrayMinSize':
    case 'min':
      return { min: num(a) };
    case 'isLength':
      return { min: num(a), max: num(b) };
    default:
      return {};
  }
}

function problemOf(error: ValidationError, field: string, constraint: string): FieldProblem {
  const params = constraintParams(error, constraint);
  let code = CODES[constraint] ?? 'INVALID';
  if (constraint === 'isLength') {
    const length = typeof error.value === 'string' ? [...error.value].length : 0;
    code = length < Number(params.min ?? 0) ? 'TOO_SHORT' : 'TOO_LONG';
  }
  // MinLength(1) says "not empty".
  if (constraint === 'minLength' && params.min === 1) return fieldProblem(field, 'REQUIRED');
  // A pattern's own message says more than "not in the expected format".
  const message =
    code === 'INVALID' || code === 'INVALID_FORMAT' ? error.constraints?.[constraint] : undefined;
  return fieldProblem(field, code, params, message);
}

/** class-validator's errors of an input as field problems, nested fields as `items.0.name`. */
export function validationProblems(
  errors: readonly ValidationError[],
  prefix = '',
): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix + e.property;
    const own = Object.keys(e.constraints ?? {}).map((c) => problemOf(e, field, c));
    return [...own, ...validationProblems(e.children ?? [], `${field}.`)];
  });
}

/**
 * The field problem of a variable GraphQL itself refused before any resolver ran, read from its
 * message (graphql-js words them one way: `Variable "$input" got invalid value "PIZZA" at
 * "input.tags[0]"; Value "PIZZA" does not exist in "FeedbackTag" enum.`), or null.
 */
export function variableProblem(message: string): FieldProblem | null {
  const variable = /^Variable "\$(\w+)"/.exec(message)?.[1];
  if (!variable) return null;
  const at = / at "([^"]+)"/.exec(message)?.[1];
  const missing = /Field "(\w+)" of required type/.exec(message)?.[1];
  const unknown = /Field "(\w+)" is not defined/.exec(message)?.[1];
  const inner = missing ?? unknown;
  // Paths start with the variable (an input object): fields are named inside it.
  const base = at
    ? at
        .replace(/\[(\d+)\]/g, '.$1')
        .split('.')
        .slice(1)
        .join('.')
    : '';
  const field = [base || (inner ? '' : variable), inner].filter(Boolean).join('.');
  let code: ProblemCode = 'INVALID';
  if (missing || / of required type .* was not provided/.test(message)) code = 'REQUIRED';
  else if (/does not exist in ".*" enum/.test(message)) code = 'NOT_ALLOWED';
  else if (/Int cannot represent/.test(message)) code = 'NOT_INTEGER';
  else if (/Float cannot represent/.test(message)) code = 'NOT_NUMBER';
  return fieldProblem(field, code);
}
