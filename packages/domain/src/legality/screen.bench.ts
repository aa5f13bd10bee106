import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { parseCorpus } from './corpus-score';
import { screenText } from './screen';

// `pnpm --filter @cqss/domain bench`: the screen runs on every keystroke of the request form.
const texts = parseCorpus(readFileSync(join(__dirname, 'corpus', 'tuning.txt'), 'utf8')).map(
  (e) => e.text,
);
const long = texts.join('').slice(0, 3000);

describe('legality screen', () => {
  let i = 0;
  // Warmed over the whole corpus first: word-class matches are compiled on first use.
  bench(
    'one request text of the corpus',
    () => {
      screenText(texts[i++ % texts.length]!);
    },
    { warmupIterations: texts.length, time: 2000 },
  );
  bench(
    'a 3000-character description',
    () => {
      screenText(long);
    },
    { warmupIterations: 3 },
  );
});
