import { probeTexts, TUNING_FILES, tuningTexts } from './corpus-parts';
import { scoreCorpus, type CorpusEntry, type CorpusScore } from './corpus-score';
import { readText, type ReaderModel, type ReaderOpinion } from './reader/model';
import { trainReader, TRAINING, type TrainingText } from './reader/train';
import { joinReader, ruleFindings, type RuleFinding, type ScreenMatch } from './screen';

// For the tests only (`cross-validate.test.ts`): it trains a reader per tuning file.

/** How a fold's reader is trained, and how its opinion joins the rules'. */
export interface CrossValidationOptions {
  train?: (texts: readonly TrainingText[]) => ReaderModel;
  join?: (
    description: string,
    found: readonly RuleFinding[],
    opinion: ReaderOpinion,
  ) => ScreenMatch[];
  /** Only these tuning files are held out in turn (all of them by default). */
  files?: readonly string[];
}

/** One fold: a tuning file, screened by the rules and by a reader trained without it. */
export interface Fold {
  file: string;
  rulesAlone: CorpusScore;
  screen: CorpusScore;
  /** The screen's false flags by what flagged them. */
  falseFlagsBy: { direct: number; composite: number; reader: number };
}

/**
 * Leave-one-file-out cross-validation of the screen: for each tuning file, a reader trained on
 * every other tuning file and the probes, joined with the rules, screens the file. The rules
 * were tuned on every file, so only the reader's share is measured unseen (and the rules' on a
 * file before they learnt it).
 */
export function crossValidate(options: CrossValidationOptions = {}): Fold[] {
  const train = options.train ?? ((texts) => trainReader(texts, TRAINING));
  const join = options.join ?? joinReader;
  const tuning = tuningTexts();
  const probes = probeTexts();
  const files = options.files ?? TUNING_FILES;
  return files.map((name) => {
    const file = `${name}.txt`;
    const part = tuning.filter((e) => e.file === file);
    const reader = train([...tuning.filter((e) => e.file !== file), ...probes]);
    const found = new Map(part.map((e) => [e.text, ruleFindings(e.text)]));
    const screen = (text: string) => join(text, found.get(text)!, readText(text, reader));
    const falseFlagsBy = { direct: 0, composite: 0, reader: 0 };
    const scored = scoreCorpus(part, screen);
    for (const e of scored.falseFlags) {
      const f = found.get(e.text)!;
      const kept = screen(e.text);
      const by = (m: ScreenMatch) => f.find((x) => x.match === m);
      if (kept.some((m) => by(m) && !by(m)!.composite)) falseFlagsBy.direct++;
      else if (kept.some((m) => by(m))) falseFlagsBy.composite++;
      else falseFlagsBy.reader++;
    }
    return {
      file: name,
      rulesAlone: scoreCorpus(part, (t) =>
        found
          .get(t)!
          .filter((x) => !x.toldOf)
          .map((x) => x.match),
      ),
      screen: scored,
      falseFlagsBy,
    };
  });
}

const caught = (s: CorpusScore) => s.texts - s.lawful - s.misses.length;

/** A table of the folds, and their sum, for the test's output and the docs. */
export function formatCrossValidation(folds: readonly Fold[]): string {
  const row = (name: string, unlawful: number, lawful: number, r: number[], f: number[]) =>
    `| ${name.padEnd(10)} | ${`${r[0]}/${unlawful}`.padStart(9)} | ${`${f[0]}/${lawful}`.padStart(8)} | ` +
    `${`${r[1]}/${unlawful}`.padStart(9)} | ${`${f[1]}/${lawful}`.padStart(8)} | ` +
    `${String(f[2]).padStart(6)} | ${String(f[3]).padStart(9)} | ${String(f[4]).padStart(6)} |`;
  const lines = [
    '| held out   | rules: caught | rules: lawful flagged | screen: caught | screen: lawful flagged | direct | composite | reader |',
    '| ---------- | ------------: | -------------------: | -------------: | ---------------------: | -----: | --------: | -----: |',
  ];
  const sum = [0, 0, 0, 0, 0, 0, 0, 0, 0];
  for (const f of folds) {
    const unlawful = f.screen.texts - f.screen.lawful;
    const v = [
      caught(f.rulesAlone),
      caught(f.screen),
      f.rulesAlone.falseFlags.length,
      f.screen.falseFlags.length,
      f.falseFlagsBy.direct,
      f.falseFlagsBy.composite,
      f.falseFlagsBy.reader,
    ];
    lines.push(
      row(f.file, unlawful, f.screen.lawful, [v[0]!, v[1]!], [v[2]!, v[3]!, v[4]!, v[5]!, v[6]!]),
    );
    [unlawful, f.screen.lawful, ...v].forEach((x, i) => (sum[i]! += x));
  }
  lines.push(
    row('all', sum[0]!, sum[1]!, [sum[2]!, sum[3]!], [sum[4]!, sum[5]!, sum[6]!, sum[7]!, sum[8]!]),
  );
  return lines.join('\n');
}

/** The texts a fold's screen got wrong, for reading while tuning (never for a held-out part). */
export function foldErrors(folds: readonly Fold[]): CorpusEntry[] {
  return folds.flatMap((f) => [...f.screen.falseFlags, ...f.screen.misses]);
}
