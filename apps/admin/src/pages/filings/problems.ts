import { problemText } from '@cqss/api-client';

export interface Problem {
  code: string;
  field: string;
  itemKey?: string | null;
  params: Record<string, unknown>;
}

type Translate = (key: string, params?: Record<string, unknown>) => string;

/** What a dossier problem says in the user's language (`problems.<CODE>`), with the guard's name. */
export function dossierProblemText(
  problem: Problem,
  t: Translate,
  te: (key: string) => boolean,
  locale: string,
): string {
  const text = problemText({ ...problem, message: problem.code }, t, te);
  const name = problem.params.name;
  if (typeof name !== 'string' || !name) return text;
  return locale === 'en' ? `${name}: ${text}` : `${name}：${text}`;
}
