import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAppSchema, printAppSchema } from '../src/schema/build-schema';

describe('schema.graphql', () => {
  it('is what the resolvers emit (run `pnpm --filter @cqss/server emit-schema` after an API change)', async () => {
    const committed = readFileSync(path.join(__dirname, '../schema.graphql'), 'utf8');
    expect(printAppSchema(await buildAppSchema())).toBe(committed);
  });
});
