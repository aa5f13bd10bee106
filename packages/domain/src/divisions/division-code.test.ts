import { describe, expect, it } from 'vitest';
import {
  filingCityCodeOf,
  isCrossRegion,
  isInMunicipality,
  isWithinJurisdiction,
  jurisdictionPrefix,
  provinceCodeOf,
  reportOrganCodes,
} from './division-code';
import { DomainError } from '../common/domain-error';

describe('provinceCodeOf', () => {
  it.each([
    ['500103', '500000'],
    ['510104', '510000'],
    ['500000', '500000'],
  ])('%s lies in %s', (code, province) => expect(provinceCodeOf(code)).toBe(province));

  it.each(['5001', '0500000', 'abcdef', '050000', ''])('refuses %j', (code) => {
    expect(() => provinceCodeOf(code)).toThrow(DomainError);
  });
});

describe('filingCityCodeOf', () => {
  it.each([
    ['500103', '500000'], // Chongqing's districts file with the municipal organ
    ['110105', '110000'],
    ['510104', '510100'], // Jinjiang district files with Chengdu
    ['440305', '440300'],
  ])('a service in %s is filed with %s', (loc, organ) => expect(filingCityCodeOf(loc)).toBe(organ));
});

describe('isInMunicipality', () => {
  it.each([
    ['500103', true],
    ['310101', true],
    ['510104', false],
  ])('%s → %s', (code, expected) => expect(isInMunicipality(code)).toBe(expected));
});

describe('jurisdiction', () => {
  it.each([
    ['500000', '50'],
    ['510100', '5101'],
    ['510104', '510104'],
  ])('organ %s covers codes starting %s', (organ, prefix) =>
    expect(jurisdictionPrefix(organ)).toBe(prefix),
  );

  it.each([
    ['500000', '500103', true],
    ['500000', '510104', false],
    ['510100', '510104', true],
    ['510100', '510700', false],
    ['510100', '500103', false],
  ])('organ %s, location %s → %s', (organ, loc, expected) =>
    expect(isWithinJurisdiction(organ, loc)).toBe(expected),
  );
});

describe('isCrossRegion', () => {
  it.each([
    ['500000', '500103', false],
    ['500000', '510104', true],
    ['510104', '510700', false],
    ['510104', '500112', true],
  ])('company at home in %s serving %s → %s', (home, loc, expected) =>
    expect(isCrossRegion(home, loc)).toBe(expected),
  );
});

describe('reportOrganCodes', () => {
  it.each([
    ['510104', ['510100', '510104', '510000']],
    ['500103', ['500000', '500103', '500100']],
    ['510100', ['510100', '510000']],
    ['500000', ['500000']],
  ])('a report about %s goes to the first known of %j', (loc, codes) =>
    expect(reportOrganCodes(loc)).toEqual(codes),
  );

  it('every candidate covers the location', () => {
    for (const loc of ['510104', '500103', '440305', '110105'])
      for (const organ of reportOrganCodes(loc))
        expect(isWithinJurisdiction(organ, loc)).toBe(true);
  });

  it('refuses a malformed code', () => expect(() => reportOrganCodes('5101')).toThrow(DomainError));
});
