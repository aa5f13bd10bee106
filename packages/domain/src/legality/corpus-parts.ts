import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCorpus, type CorpusEntry } from './corpus-score';

// For the tests and the reader's training only: it reads the corpus files from disk.

const file = (name: string) => join(__dirname, 'corpus', `${name}.txt`);
const read = (name: string) => parseCorpus(readFileSync(file(name), 'utf8'), `${name}.txt`);

/**
 * Tuned on: round 1's tuning texts, its held-out part (joined tuning in round 2), and each
 * later round's blind part, measured once, then joined tuning in the round after it.
 */
export const TUNING_FILES = [
  'tuning',
  'tuning-2',
  'tuning-3',
  'tuning-4',
  'tuning-5',
  'tuning-6',
  'tuning-7',
  'tuning-8',
  'tuning-9',
  'tuning-10',
  'tuning-11',
  'tuning-12',
] as const;

/**
 * The held-out part: written blind by another hand while round 12 worked, never read by whoever
 * changes the rules or trains the reader. Until it is committed there is no held-out report.
 */
export const HELD_OUT = 'blind-12';

export const tuningTexts = (): CorpusEntry[] => TUNING_FILES.flatMap(read);
/** Tuned on like the tuning part, but written during tuning to find what the rules missed. */
export const probeTexts = (): CorpusEntry[] => read('probes');
export const heldOutTexts = (): CorpusEntry[] | null =>
  existsSync(file(HELD_OUT)) ? read(HELD_OUT) : null;
