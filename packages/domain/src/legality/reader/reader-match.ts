import { legalityRule, type LegalityRuleId } from '../legality-rules';
import type { ScreenMatch } from '../screen';
import { splitSentences } from '../sentences';
import type { Evidence, ReaderOpinion } from './model';

/** How many of the reader's words a match names. */
const NAMED_WORDS = 3;

interface Clause {
  start: number;
  end: number;
  evidence: Evidence[];
  weight: number;
}

/** The text's clauses (cut at commas and stops) as offsets into the original text. */
function clausesOf(description: string): { start: number; end: number }[] {
  return splitSentences(description).flatMap(({ norm, clauses }) =>
    clauses.flatMap(([from, to]) => {
      let a = from;
      let b = to;
      while (a < b && norm.text[a] === ' ') a++;
      while (b > a && norm.text[b - 1] === ' ') b--;
      return a < b ? [{ start: norm.starts[a]!, end: norm.ends[b - 1]! }] : [];
    }),
  );
}

/**
 * The reader's flag as a screen match: the clause its evidence weighs most in, named by the
 * weightiest of its words there (none overlapping another), under the category it reads. Null
 * when no clause holds any evidence.
 */
export function readerMatch(description: string, opinion: ReaderOpinion): ScreenMatch | null {
  const clauses: Clause[] = clausesOf(description).map((c) => {
    const evidence = opinion.evidence.filter((f) => c.start <= f.start && f.end <= c.end);
    return { ...c, evidence, weight: evidence.reduce((s, f) => s + f.weight, 0) };
  });
  const best = clauses.reduce<Clause | null>((a, c) => (c.weight > (a?.weight ?? 0) ? c : a), null);
  if (!best) return null;
  const named: Evidence[] = [];
  for (const f of best.evidence) {
    if (named.length === NAMED_WORDS) break;
    if (!named.some((n) => f.start < n.end && n.start < f.end)) named.push(f);
  }
  named.sort((a, b) => a.start - b.start);
  const rule = legalityRule(opinion.ruleId as LegalityRuleId);
  return {
    ruleId: rule.id,
    phrase: named.map((f) => description.slice(f.start, f.end)).join(' & '),
    basis: rule.basis,
    source: 'text',
    start: best.start,
    end: best.end,
    text: description.slice(best.start, best.end),
    service: null,
  };
}
