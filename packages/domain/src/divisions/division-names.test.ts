import { describe, expect, it } from 'vitest';
import { divisionName, isKnownDivision } from './division-names';

describe('divisionName', () => {
  it.each([
    ['500000', '重庆市'],
    ['500103', '重庆市渝中区'],
    ['510100', '四川省成都市'],
    ['510104', '四川省成都市锦江区'],
  ])('%s is %s', (code, name) => expect(divisionName(code)).toBe(name));

  it.each(['999999', '510199', 'x'])('%s is unknown', (code) => {
    expect(isKnownDivision(code)).toBe(false);
    expect(divisionName(code)).toBeNull();
  });
});
