import {
  fieldError,
  fieldProblem,
  type FieldProblem,
  invalidInput,
  type ProblemCode,
} from '@cqss/domain';
import { defaultFieldResolver, isObjectType, type GraphQLSchema } from 'graphql';
import { DatabaseError } from 'pg';
import { QueryFailedError } from 'typeorm';
import { ConflictError } from './errors';

/** The SQLSTATE codes the server gives a meaning to (PostgreSQL manual, appendix A). */
export const PgCode = {
  UNIQUE_VIOLATION: '23505',
  FOREIGN_KEY_VIOLATION: '23503',
  CHECK_VIOLATION: '23514',
  EXCLUSION_VIOLATION: '23P01',
  INVALID_TEXT_REPRESENTATION: '22P02',
  INVALID_DATETIME_FORMAT: '22007',
  DATETIME_FIELD_OVERFLOW: '22008',
} as const;

export interface PgError {
  code: string;
  constraint: string | null;
  detail: string | null;
  message: string;
}

/** What PostgreSQL said about a failed statement, or null for any other error. */
export function pgError(error: unknown): PgError | null {
  const driver: Partial<DatabaseError> | null =
    error instanceof QueryFailedError
      ? error.driverError
      : error instanceof DatabaseError
        ? error
        : null;
  if (typeof driver?.code !== 'string') return null;
  return {
    code: driver.code,
    constraint: driver.constraint ?? null,
    detail: driver.detail ?? null,
    message: driver.message ?? '',
  };
}

/** Whether a statement failed on the named constraint (unique, exclusion, check or foreign key). */
export function isConstraintViolation(error: unknown, constraint: string): boolean {
  return pgError(error)?.constraint === constraint;
}

type Args = Record<string, unknown>;

/**
 * The check constraints that guard one input field, with what breaking them means. The code
 * checks the same rules first; these answer a request that slips past it. Every other check
 * guards the records' own consistency: breaking it is the server's mistake.
 */
export const FIELD_CHECKS: Record<string, FieldProblem> = {
  ck_contract_fee: fieldProblem('fee', 'TOO_SMALL', { min: 0 }),
  ck_contract_term: fieldProblem('endsOn', 'ENDS_BEFORE_START'),
  ck_service_request_period: fieldProblem('endsOn', 'ENDS_BEFORE_START'),
  ck_service_request_headcount: fieldProblem('headcount', 'TOO_SMALL', { min: 1 }),
  ck_shift_range: fieldProblem('endsAt', 'ENDS_BEFORE_START'),
  ck_feedback_comment_length: fieldProblem('comment', 'TOO_LONG', { max: 200 }),
  ck_feedback_settings_window: fieldProblem('windowMinutes', 'OUT_OF_RANGE', { min: 1, max: 1440 }),
  ck_feedback_settings_low_share: fieldProblem('lowShare', 'INVALID'),
};

/**
 * The path of the argument holding `value`, as clients name fields: inside an input object
 * without the argument's own name (`contactPhone`, `items.0.name`), else the argument (`id`).
 */
function pathOf(args: Args, value: string): string | null {
  const walk = (node: unknown, path: string): string | null => {
    if (typeof node === 'string' || typeof node === 'number')
      return String(node) === value ? path : null;
    if (node === null || typeof node !== 'object' || node instanceof Date) return null;
    for (const [key, child] of Object.entries(node)) {
      const found = walk(child, path ? `${path}.${key}` : key);
      if (found) return found;
    }
    return null;
  };
  for (const [name, arg] of Object.entries(args)) {
    const found = walk(arg, typeof arg === 'object' && arg !== null ? '' : name);
    if (found) return found;
  }
  return null;
}

function unparsableCode(pgMessage: string): ProblemCode {
  const type = /for type ([\w ]+):/.exec(pgMessage)?.[1] ?? '';
  if (type === 'uuid') return 'NOT_UUID';
  if (/date|time/.test(type) || !type) return 'DATE_INVALID';
  if (/int|numeric|double|real/.test(type)) return 'NOT_NUMBER';
  return 'INVALID';
}

/**
 * The error to show for a statement the caller's input made PostgreSQL refuse, or null when
 * it is not one (then it stays an INTERNAL_SERVER_ERROR: the server's own mistake):
 * - a value of the wrong type (a non-UUID id, an impossible date): BAD_USER_INPUT on the
 *   argument that holds it;
 * - a foreign key to nothing the caller sent: BAD_USER_INPUT NOT_FOUND on that argument; a
 *   row still referenced by others: CONFLICT;
 * - a unique or exclusion violation no service anticipated (two requests racing): CONFLICT;
 * - a check constraint of FIELD_CHECKS: BAD_USER_INPUT on its field.
 * Services that give a constraint its own meaning (CREDIT_CODE_TAKEN…) catch it first with
 * `isConstraintViolation`.
 */
export function clientErrorOf(error: unknown, args: Args): Error | null {
  const pg = pgError(error);
  if (!pg) return null;
  switch (pg.code) {
    case PgCode.INVALID_TEXT_REPRESENTATION:
    case PgCode.INVALID_DATETIME_FORMAT:
    case PgCode.DATETIME_FIELD_OVERFLOW: {
      const value = /"(.*)"$/s.exec(pg.message)?.[1];
      const field = value === undefined ? null : pathOf(args, value);
      if (!field || value === undefined) return null;
      return fieldError(field, unparsableCode(pg.message), { value });
    }
    case PgCode.FOREIGN_KEY_VIOLATION: {
      if (pg.detail?.includes('is still referenced'))
        return new ConflictError('Other records still refer to this one');
      const value = /\)=\((.*)\)/.exec(pg.detail ?? '')?.[1];
      const field = value === undefined ? null : pathOf(args, value);
      return field ? fieldError(field, 'NOT_FOUND') : null;
    }
    case PgCode.UNIQUE_VIOLATION:
    case PgCode.EXCLUSION_VIOLATION:
      return new ConflictError('Someone else changed this at the same time: try again');
    case PgCode.CHECK_VIOLATION: {
      const problem = pg.constraint ? FIELD_CHECKS[pg.constraint] : undefined;
      return problem ? invalidInput(problem) : null;
    }
    default:
      return null;
  }
}

/**
 * Gives every operation, and every field that takes arguments, the database-error mapping
 * above: the arguments are at hand there, so the field at fault can be named.
 */
export function mapDatabaseErrors(schema: GraphQLSchema): GraphQLSchema {
  const roots = new Set([schema.getQueryType(), schema.getMutationType()]);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!roots.has(type) && field.args.length === 0) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = async (source, args: Args, context, info) => {
        try {
          return await resolve(source, args, context, info);
        } catch (error) {
          throw clientErrorOf(error, args) ?? error;
        }
      };
    }
  }
  return schema;
}
