import { LEGALITY_RULES, LegalityRuleId, legalityRule } from './legality-rules';
import { screenText, type ScreenMatch } from './screen';

/** One request text of the legality corpus, with what it asks for: an act of Art. 30, or nothing unlawful. */
export interface CorpusEntry {
  /** The corpus file and its line, for messages. */
  file?: string;
  line: number;
  text: string;
  /** The rule table's category of the act, or null for a lawful request. */
  ruleId: LegalityRuleId | null;
  /** The item of Regulation Art. 30 the request breaks, or null. */
  item: number | null;
}

const LINE = /^(?:(lawful)|([1-7]) ([A-Z_]+)) \| (.+)$/;

/**
 * Reads a corpus file: one `<label> | <text>` a line, the label `lawful` or the Art. 30 item
 * and the rule's category (`1 RESTRICT_FREEDOM`); `#` lines and blank lines are skipped.
 * Throws on a line it cannot read, or an item that is not the category's.
 */
export function parseCorpus(source: string, file?: string): CorpusEntry[] {
  const entries: CorpusEntry[] = [];
  source.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const m = LINE.exec(line);
    if (!m) throw new Error(`Corpus line ${i + 1} is not "<label> | <text>": ${line}`);
    const [, lawful, item, ruleId, text] = m;
    if (lawful) {
      entries.push({ file, line: i + 1, text: text!, ruleId: null, item: null });
      return;
    }
    if (!Object.hasOwn(LegalityRuleId, ruleId!))
      throw new Error(`Corpus line ${i + 1}: unknown category ${ruleId}`);
    const rule = legalityRule(ruleId as LegalityRuleId);
    if (rule.item !== Number(item))
      throw new Error(
        `Corpus line ${i + 1}: ${ruleId} is item ${rule.item} of Art. 30, not ${item}`,
      );
    entries.push({ file, line: i + 1, text: text!, ruleId: rule.id, item: rule.item });
  });
  return entries;
}

/** Recall of the screen on the requests breaking one item of Art. 30. */
export interface ItemScore {
  item: number;
  texts: number;
  /** Flagged under a rule of this very item. */
  caught: number;
  recall: number;
}

/** Recall on the requests of one rule category: caught when flagged under the category's item. */
export interface CategoryScore {
  ruleId: LegalityRuleId;
  item: number;
  texts: number;
  caught: number;
  recall: number;
}

/** How the screen does on a corpus: recall per Art. 30 item and rule category, and precision over all texts. */
export interface CorpusScore {
  texts: number;
  lawful: number;
  items: ItemScore[];
  categories: CategoryScore[];
  /** Unlawful requests flagged under their own item, over all unlawful requests. */
  recall: number;
  /** Texts flagged at all. */
  flagged: number;
  /** Lawful texts flagged. */
  falseFlags: CorpusEntry[];
  /** Unlawful texts not flagged under their item. */
  misses: CorpusEntry[];
  /** Unlawful flagged texts over all flagged texts (1 when nothing is flagged). */
  precision: number;
}

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);

/** Scores the free-text screen on a corpus. */
export function scoreCorpus(
  entries: readonly CorpusEntry[],
  screen: (text: string) => readonly Pick<ScreenMatch, 'ruleId'>[] = screenText,
): CorpusScore {
  const items = [...new Set(LEGALITY_RULES.map((r) => r.item))].map((item) => ({
    item,
    texts: 0,
    caught: 0,
    recall: 1,
  }));
  const categories = LEGALITY_RULES.map((r) => ({
    ruleId: r.id,
    item: r.item,
    texts: 0,
    caught: 0,
    recall: 1,
  }));
  const falseFlags: CorpusEntry[] = [];
  const misses: CorpusEntry[] = [];
  let flagged = 0;
  let flaggedUnlawful = 0;
  for (const entry of entries) {
    const matched = new Set(screen(entry.text).map((m) => legalityRule(m.ruleId).item));
    if (matched.size) flagged++;
    if (entry.item === null) {
      if (matched.size) falseFlags.push(entry);
      continue;
    }
    if (matched.size) flaggedUnlawful++;
    const score = items.find((s) => s.item === entry.item)!;
    const category = categories.find((c) => c.ruleId === entry.ruleId)!;
    score.texts++;
    category.texts++;
    if (matched.has(entry.item)) {
      score.caught++;
      category.caught++;
    } else misses.push(entry);
  }
  for (const s of [...items, ...categories]) s.recall = ratio(s.caught, s.texts);
  const unlawful = items.reduce((n, s) => n + s.texts, 0);
  return {
    texts: entries.length,
    lawful: entries.length - unlawful,
    items,
    categories,
    recall: ratio(unlawful - misses.length, unlawful),
    flagged,
    falseFlags,
    misses,
    precision: ratio(flaggedUnlawful, flagged),
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** A plain-text table of a score, for the test's output and the docs. */
export function formatScore(title: string, s: CorpusScore): string {
  const rows = s.items.map(
    (i) => `  Art. 30 item ${i.item}   ${`${i.caught}/${i.texts}`.padStart(6)}   ${pct(i.recall)}`,
  );
  const categories = s.categories.map(
    (c) =>
      `    ${c.item} ${c.ruleId.padEnd(28)} ${`${c.caught}/${c.texts}`.padStart(6)}   ${pct(c.recall)}`,
  );
  const unlawful = s.texts - s.lawful;
  return [
    `${title}: ${s.texts} texts (${unlawful} unlawful, ${s.lawful} lawful)`,
    '  recall per item   caught   recall',
    ...rows,
    '  per category',
    ...categories,
    `  all items         ${`${unlawful - s.misses.length}/${unlawful}`.padStart(6)}   ${pct(s.recall)}`,
    `  precision ${pct(s.precision)} (${s.flagged} flagged, ${s.falseFlags.length} of them lawful)`,
  ].join('\n');
}
