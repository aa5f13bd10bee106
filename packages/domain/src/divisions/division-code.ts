import { fieldError } from '../common/domain-error';

const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

/** Whether a string has the shape of a six-digit GB/T 2260 code. */
export function isDivisionCodeShape(code: string): boolean {
  return /^[1-9]\d{5}$/.test(code);
}

function assertShape(code: string): void {
  if (!isDivisionCodeShape(code)) {
    throw fieldError('divisionCode', 'DIVISION_UNKNOWN', { code }, `Not a division code: ${code}`);
  }
}

/** The province-level region (province, autonomous region, municipality) a code lies in, e.g. 510104 → 510000. */
export function provinceCodeOf(code: string): string {
  assertShape(code);
  return `${code.slice(0, 2)}0000`;
}

/** Whether the code lies in a municipality directly under the central government (Beijing, Tianjin, Shanghai, Chongqing). */
export function isInMunicipality(code: string): boolean {
  assertShape(code);
  return MUNICIPALITIES.has(code.slice(0, 2));
}

/**
 * The prefecture-level city whose public security organ receives a filing for a service
 * location: in a municipality the municipal organ itself (500000), elsewhere the city (510104 → 510100).
 */
export function filingCityCodeOf(locationCode: string): string {
  return isInMunicipality(locationCode)
    ? provinceCodeOf(locationCode)
    : `${locationCode.slice(0, 4)}00`;
}

/** The prefix of codes an organ's jurisdiction covers: 500000 → "50", 510100 → "5101", 510104 → "510104". */
export function jurisdictionPrefix(organCode: string): string {
  assertShape(organCode);
  if (organCode.endsWith('0000')) return organCode.slice(0, 2);
  if (organCode.endsWith('00')) return organCode.slice(0, 4);
  return organCode;
}

/** Whether a service location lies in the jurisdiction of an organ. */
export function isWithinJurisdiction(organCode: string, locationCode: string): boolean {
  assertShape(locationCode);
  return locationCode.startsWith(jurisdictionPrefix(organCode));
}

/**
 * Whether serving a location is cross-region for a company (Regulation Art. 23): the
 * location lies in another province-level region than the company's home.
 */
export function isCrossRegion(companyHomeCode: string, serviceLocationCode: string): boolean {
  return provinceCodeOf(companyHomeCode) !== provinceCodeOf(serviceLocationCode);
}

/**
 * The codes of the organs that may receive an illegal-request report for a service location,
 * best first: the organ filings go to (the prefecture-level city, or the municipality), then
 * the county-level organ of the location itself, then the province. 510104 → [510100, 510104,
 * 510000]; 500103 → [500000, 500103, 500100]. The first one the platform knows is the addressee.
 */
export function reportOrganCodes(locationCode: string): string[] {
  assertShape(locationCode);
  const candidates = [
    filingCityCodeOf(locationCode),
    locationCode,
    `${locationCode.slice(0, 4)}00`,
    provinceCodeOf(locationCode),
  ];
  return [...new Set(candidates)].filter((code) => isWithinJurisdiction(code, locationCode));
}
