import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { probeTexts, tuningTexts } from '../corpus-parts';
import { READER_MODEL } from './reader-model';
import { trainReader } from './train';

const MODEL_FILE = join(__dirname, 'reader-model.ts');

const render = (model: object) =>
  [
    '// Written by `UPDATE_READER=1 pnpm --filter @cqss/domain exec vitest run src/legality/reader`:',
    '// the second reader trained on the tuning part and the probes of the legality corpus. Never',
    '// edit by hand; retrain after changing a training text.',
    "import type { ReaderModel } from './model';",
    '',
    `export const READER_MODEL: ReaderModel = ${JSON.stringify(model, null, 1)};`,
    '',
  ].join('\n');

describe('the second reader', () => {
  const trained = trainReader([...tuningTexts(), ...probeTexts()]);

  it('is the model its training texts give, to the last weight', () => {
    if (process.env.UPDATE_READER) writeFileSync(MODEL_FILE, render(trained));
    const same = JSON.stringify(READER_MODEL) === JSON.stringify(trained);
    expect(same, 'the corpus changed since the reader was trained: retrain it').toBe(true);
    expect(readFileSync(MODEL_FILE, 'utf8')).toBe(render(trained));
  }, 60_000);

  it('knows every category of the rule table and a few thousand features', () => {
    expect(trained.labels[0]).toBe('lawful');
    expect(trained.labels).toHaveLength(10);
    expect(trained.vocabulary.split(' ').length).toBeGreaterThan(3000);
    expect(trained.weights.length).toBe(trained.vocabulary.split(' ').length * 10);
  });
});
