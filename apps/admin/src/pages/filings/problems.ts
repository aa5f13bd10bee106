import { DOSSIER_PROBLEM_LABELS, type DossierProblemCode } from '@cqss/domain';

export interface Problem {
  code: string;
  field: string;
  itemKey?: string | null;
  params: Record<string, unknown>;
}

/** What a problem says in the user's language, from the domain's own labels, with the guard's name. */
export function problemText(problem: Problem, locale: string): string {
  const label = DOSSIER_PROBLEM_LABELS[problem.code as DossierProblemCode];
  const en = locale === 'en';
  const text = label ? (en ? label.en : label.zh) : problem.code;
  const name = problem.params.name;
  if (typeof name !== 'string' || !name) return text;
  return en ? `${name}: ${text}` : `${name}：${text}`;
}
