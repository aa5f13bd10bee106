import { describe, expect, it } from 'vitest';
import { crossValidate, formatCrossValidation } from './cross-validation';

/**
 * Leave-one-file-out cross-validation over the tuning files (docs/legality-screen.md, round 11):
 * a reader trained without each file screens it beside the rules. Skipped by default (it trains
 * a reader per file, a minute or two):
 * `CROSS_VALIDATE=1 pnpm --filter @cqss/domain exec vitest run src/legality/cross-validate`.
 */
describe.skipIf(!process.env.CROSS_VALIDATE)('leave-one-file-out cross-validation', () => {
  it('prints each tuning file screened by the rules and a reader trained without it', () => {
    const folds = crossValidate();
    console.log(formatCrossValidation(folds));
    expect(folds.length).toBeGreaterThan(1);
  }, 600_000);
});
