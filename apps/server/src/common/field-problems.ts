import { FIELD_PROBLEM_MESSAGES, type FieldProblem } from '@cqss/domain';
import { BadUserInputError } from './errors';

/** Refuses an input with one problem per field: English messages for people, codes for clients. */
export function assertNoFieldProblems(problems: Record<string, FieldProblem>): void {
  const fields = Object.keys(problems);
  if (fields.length === 0) return;
  throw new BadUserInputError(
    'Some fields are not valid',
    Object.fromEntries(fields.map((f) => [f, [FIELD_PROBLEM_MESSAGES[problems[f]!]]])),
    problems,
  );
}

/** Whether a database error is the violation of one named unique constraint. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const e = error as {
    code?: string;
    constraint?: string;
    driverError?: { code?: string; constraint?: string };
  };
  const code = e?.driverError?.code ?? e?.code;
  const name = e?.driverError?.constraint ?? e?.constraint;
  return code === '23505' && name === constraint;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A LIKE pattern matching `text` anywhere, with the LIKE wildcards in it taken literally. */
export function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}

/** A LIKE pattern matching values that start with `text`, taken literally. */
export function prefixPattern(text: string): string {
  return `${escapeLike(text)}%`;
}
