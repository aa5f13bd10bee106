import { problemText as translatedProblem, toApiError, type ApiProblem } from '@cqss/api-client';
import { formatError } from '../format';

type Translate = (key: string, params?: Record<string, unknown>) => string;
type Exists = (key: string) => boolean;

/** One thing wrong with one input field, as the server names it (`extensions.problems`). */
export type FieldProblem = ApiProblem;

/** The field problems of a failed request (read through the one client mapper). */
export function fieldProblemsOf(error: unknown): FieldProblem[] {
  return error ? toApiError(error).problems : [];
}

/**
 * A field problem in the user's language: its code's translation (`problems.<CODE>`), else the
 * form's own words for the field (`<fallbackPrefix>.<field>`), else the server's.
 */
export function problemText(
  problem: FieldProblem,
  t: Translate,
  te: Exists,
  fallbackPrefix?: string,
): string {
  if (!te(`problems.${problem.code}`) && fallbackPrefix && te(`${fallbackPrefix}.${problem.field}`))
    return t(`${fallbackPrefix}.${problem.field}`);
  return translatedProblem(problem, t, te);
}

/**
 * A failed action in the user's language: a rule's one problem (NOT_ON_DUTY, APPROVAL_REQUIRED…)
 * says more than its code, so it wins when translated; else the code's message.
 */
export function errorText(error: unknown, t: Translate, te: Exists): string {
  const { problems } = toApiError(error);
  const [only] = problems;
  if (problems.length === 1 && te(`problems.${only!.code}`)) return translatedProblem(only!, t, te);
  return formatError(error, t);
}
