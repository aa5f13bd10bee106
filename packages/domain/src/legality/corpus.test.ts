import { describe, expect, it } from 'vitest';
import { HELD_OUT, heldOutTexts, probeTexts, tuningTexts } from './corpus-parts';
import { formatScore, scoreCorpus, type CorpusEntry } from './corpus-score';
import { READER_MODEL } from './reader/reader-model';
import { screenText } from './screen';

const tuning = tuningTexts();
const probes = probeTexts();
const heldOut = heldOutTexts();

type Floor = { recall: Record<number, number>; precision: number };

/**
 * What the screen must keep reaching on each part, per Art. 30 item and in precision: what the
 * table reached when the part was last measured (docs/legality-screen.md). Raise it when the
 * table improves; never lower it.
 */
const FLOOR: Record<'tuning' | 'probes' | 'heldOut', Floor> = {
  // tuning-8 and tuning-9 (blind-7 and blind-8): round 9 learnt their false flags by the lawful
  // context and their misses by the acts' parts; the screen (rules and reader) flags every
  // unlawful text of the tuning part and no lawful one.
  tuning: {
    recall: { 1: 1, 2: 1, 3: 1, 4: 1, 5: 1, 6: 1 },
    precision: 1,
  },
  probes: { recall: { 1: 1, 2: 1, 3: 1, 4: 1, 5: 1, 6: 1 }, precision: 1 },
  // blind-12, measured once with round 12's rules and reader: 109/120 (90.8%), 9 of 120 lawful
  // texts flagged (round 11's screen, run on it once before the measurement: 111/120, 11 flagged).
  heldOut: {
    recall: { 1: 1, 2: 12 / 14, 3: 12 / 13, 4: 1, 5: 9 / 13, 6: 22 / 26 },
    precision: 114 / 123,
  },
};

const show = (entries: readonly CorpusEntry[]) =>
  entries.map((e) => `    ${e.file}:${e.line}: ${e.ruleId ?? 'lawful'} | ${e.text}`).join('\n');
/** The held-out part's texts are never shown, only how many: it stays unseen by the rules. */
const count = (entries: readonly CorpusEntry[]) =>
  `${entries.length} texts of the held-out part (not shown)`;

describe('the legality corpus', () => {
  const all = [...tuning, ...(heldOut ?? [])];
  const parts = heldOut ? [all, heldOut] : [all];

  it('has at least 300 texts, about half lawful, in Chinese and in English', () => {
    for (const part of parts) {
      const lawful = part.filter((e) => e.item === null).length / part.length;
      expect(lawful).toBeGreaterThan(0.4);
      expect(lawful).toBeLessThan(0.6);
    }
    expect(all.length).toBeGreaterThanOrEqual(300);
  });

  it.skipIf(!heldOut)(
    'holds a part out of tuning, in both languages, with every rule of Art. 30 in it',
    () => {
      const part = heldOut!;
      expect(part.length).toBeGreaterThanOrEqual(200);
      expect(part.filter((e) => /\p{Script=Han}/u.test(e.text)).length).toBeGreaterThan(80);
      expect(part.filter((e) => !/\p{Script=Han}/u.test(e.text)).length).toBeGreaterThan(80);
      const rules = (p: readonly CorpusEntry[]) =>
        new Set(p.map((e) => e.ruleId).filter((r) => r !== null));
      expect(rules(part)).toEqual(rules(tuning));
    },
  );

  it('has no text twice, probes included', () => {
    const texts = [...all, ...probes].map((e) => e.text);
    expect(texts.filter((t, i) => texts.indexOf(t) !== i).length).toBe(0);
  });
});

/** The screen as the server runs it: the rules and the second reader. */
const screen = (text: string) => screenText(text, READER_MODEL);

describe('the screen on the corpus', () => {
  const scores = {
    tuning: scoreCorpus(tuning, screen),
    probes: scoreCorpus(probes, screen),
    heldOut: heldOut && scoreCorpus(heldOut, screen),
  };
  const missed = [...scores.tuning.misses, ...scores.probes.misses];
  const wrong = [...scores.tuning.falseFlags, ...scores.probes.falseFlags];
  console.log(
    [
      formatScore('Tuning part (tuning.txt … tuning-12.txt)', scores.tuning),
      formatScore('Probes (tuned on, outside the corpus)', scores.probes),
      scores.heldOut
        ? formatScore(`Held-out part (${HELD_OUT}.txt, never tuned on)`, scores.heldOut)
        : `Held-out part: ${HELD_OUT}.txt is not written yet, no held-out report`,
      heldOut &&
        formatScore(
          'Whole corpus (tuning and held-out parts)',
          scoreCorpus([...tuning, ...heldOut], screen),
        ),
      heldOut &&
        formatScore(
          `Held-out part (${HELD_OUT}.txt), the rules without the reader`,
          scoreCorpus(heldOut),
        ),
      missed.length ? `  missed while tuned on:\n${show(missed)}` : '',
      wrong.length ? `  falsely flagged while tuned on:\n${show(wrong)}` : '',
    ]
      .filter(Boolean)
      .join('\n\n'),
  );

  describe.each(Object.keys(FLOOR) as (keyof typeof FLOOR)[])('on the %s part', (part) => {
    const s = scores[part];
    if (!s) return it.skip(`${HELD_OUT}.txt is not written yet`);
    const explain = part === 'heldOut' ? count : show;
    it.each(s.items.map((i) => [i.item, i] as const))('keeps the recall of item %i', (item, i) =>
      expect(i.recall, explain(s.misses)).toBeGreaterThanOrEqual(FLOOR[part].recall[item]!),
    );
    it('keeps the precision', () =>
      expect(s.precision, explain(s.falseFlags)).toBeGreaterThanOrEqual(FLOOR[part].precision));
  });
});
