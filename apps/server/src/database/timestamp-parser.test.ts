import { types } from 'pg';
import { describe, expect, it } from 'vitest';
import {
  parseTimestamptz,
  parseTimestamptzArray,
  poolTypes,
  TIMESTAMPTZ_ARRAY,
} from './timestamp-parser';

const standard = types.getTypeParser(types.builtins.TIMESTAMPTZ, 'text');

describe('timestamptz parser', () => {
  it.each([
    '2026-12-03 06:09:16+00',
    '2026-12-03 06:09:16.1+00',
    '2026-12-03 06:09:16.12+00',
    '2026-12-03 06:09:16.123+00',
    '2026-12-03 06:09:16.999+00',
    '2026-12-03 06:09:16.123456+00',
    '2026-12-03 06:09:16.000001+00',
    '2024-02-29 23:59:59.999999+00',
    '1970-01-01 00:00:00+00',
    '1000-01-01 00:00:00+00',
    '0999-12-31 23:59:59+00',
    '0050-06-01 12:00:00+00',
    '2026-12-03 14:09:16.123+08',
    '2026-12-03 01:09:16.123-05',
    '2026-12-03 06:09:16.123+05:30',
    '0044-03-15 12:00:00+00 BC',
    '12026-12-03 06:09:16+00',
    'infinity',
    '-infinity',
    '2026-1x-03 06:09:16+00',
  ])('reads %s as pg does', (text) => {
    const ours = parseTimestamptz(text);
    const theirs = standard(text);
    if (theirs instanceof Date) {
      expect(ours).toBeInstanceOf(Date);
      expect((ours as Date).getTime()).toEqual(theirs.getTime());
    } else expect(ours).toEqual(theirs);
  });

  it('reads 10,000 instants of any millisecond and microsecond as pg does', () => {
    for (let i = 0; i < 10_000; i++) {
      // Four-digit years (the rest are in the table above), any millisecond of them.
      const at = new Date(
        Date.UTC(1000, 0, 1) + Math.floor(Math.random() * 8990 * 365.25 * 86_400_000),
      );
      const micros = String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0');
      const fraction = [
        '',
        `.${micros.slice(0, 3)}`,
        `.${micros}`,
        `.${micros.replace(/0+$/, '')}`,
      ][i % 4]!;
      const text = `${at.toISOString().slice(0, 19).replace('T', ' ')}${fraction === '.' ? '' : fraction}+00`;
      expect((parseTimestamptz(text) as Date).getTime(), text).toBe(standard(text).getTime());
    }
  });

  it.each([
    '{}',
    '{"2026-12-03 06:09:16.123+00"}',
    '{"2026-12-03 06:09:16+00","2026-12-03 06:09:17.5+00","2026-12-03 06:09:18.123456+00"}',
    '{"2026-12-03 14:09:16.123+08","0044-03-15 12:00:00+00 BC"}',
    '{"2026-12-03 06:09:16+00",NULL}',
    '{infinity,-infinity}',
    '{{"2026-12-03 06:09:16+00"},{"2026-12-03 06:09:17+00"}}',
    '[0:0]={"2026-12-03 06:09:16+00"}',
  ])('reads the array %s as pg does', (text) => {
    const theirs = types.getTypeParser(TIMESTAMPTZ_ARRAY, 'text')(text);
    expect(parseTimestamptzArray(text)).toEqual(theirs);
  });

  it('is what the pool uses for timestamptz, and only for it', () => {
    expect(poolTypes.getTypeParser(TIMESTAMPTZ_ARRAY, 'text')).toBe(parseTimestamptzArray);
    expect(poolTypes.getTypeParser(types.builtins.TIMESTAMPTZ, 'text')).toBe(parseTimestamptz);
    expect(poolTypes.getTypeParser(types.builtins.TIMESTAMP, 'text')).toBe(
      types.getTypeParser(types.builtins.TIMESTAMP, 'text'),
    );
  });
});
