import type { GqlResult } from './test-server';

interface Problem {
  field: string;
  code: string;
  message: string;
  params?: Record<string, unknown>;
}

/** The field problems of a response's first error (`extensions.problems`), as sent. */
export const problemList = (r: GqlResult): Problem[] =>
  (r.errors?.[0]?.extensions.problems as Problem[] | undefined) ?? [];

/** The same, field → code, to compare at a glance. */
export const problemsOf = (r: GqlResult): Record<string, string> =>
  Object.fromEntries(problemList(r).map((p) => [p.field, p.code]));
