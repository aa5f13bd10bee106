import { describe, expect, it } from 'vitest';
import { divisionChildren, divisionName, divisionPath, isKnownDivision } from './division-names';

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

describe('division picker', () => {
  it('starts with the provinces, as six-digit codes', () => {
    const provinces = divisionChildren(null);
    expect(provinces).toHaveLength(31);
    expect(provinces).toContainEqual({ code: '500000', name: '重庆市', leaf: false });
  });

  it('lists a municipality’s districts directly, without the 市辖区 level', () => {
    const districts = divisionChildren('500000');
    expect(districts).toContainEqual({ code: '500103', name: '渝中区', leaf: true });
    expect(districts.some((d) => d.name === '市辖区' || d.name === '县')).toBe(false);
  });

  it('lists a province’s cities, then a city’s districts', () => {
    expect(divisionChildren('510000')).toContainEqual({
      code: '510100',
      name: '成都市',
      leaf: false,
    });
    expect(divisionChildren('510100')).toContainEqual({
      code: '510104',
      name: '锦江区',
      leaf: true,
    });
  });

  it.each([
    ['510104', ['510000', '510100', '510104']],
    ['510100', ['510000', '510100']],
    ['500103', ['500000', '500103']],
    ['500000', ['500000']],
    ['999999', []],
  ])('the path to %s is %j', (code, path) => expect(divisionPath(code)).toEqual(path));

  it('every option of the picker is a known division', () => {
    for (const p of divisionChildren(null)) {
      expect(isKnownDivision(p.code)).toBe(true);
      for (const c of divisionChildren(p.code)) {
        expect(isKnownDivision(c.code), c.code).toBe(true);
        for (const a of divisionChildren(c.code))
          expect(isKnownDivision(a.code), a.code).toBe(true);
      }
    }
  });
});
