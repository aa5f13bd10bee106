import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { AUDIT_ACTIONS, AUDIT_TARGETS } from '@cqss/domain';
import { describe, expect, it } from 'vitest';

// Every act and target the server writes to the audit log is one the console translates
// (AUDIT_ACTIONS / AUDIT_TARGETS in the domain): read off the calls to recordAudit in the source.
const SOURCE = path.resolve(__dirname, '../src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sources(file);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [file] : [];
  });
}

function written(): { actions: Set<string>; targets: Set<string>; calls: number } {
  const actions = new Set<string>();
  const targets = new Set<string>();
  let calls = 0;
  for (const file of sources(SOURCE)) {
    const text = readFileSync(file, 'utf8');
    for (const call of text.split('recordAudit(').slice(1)) {
      const body = call.slice(0, call.indexOf('detail') > 0 ? call.indexOf('detail') : 600);
      calls += 1;
      const action = /action:\s*([^\n]+)/.exec(body)?.[1] ?? '';
      for (const m of action.matchAll(/'([a-z_]+\.[a-z_]+)'/g)) actions.add(m[1]!);
      const target = /targetType:\s*'(\w+)'/.exec(body)?.[1];
      if (target) targets.add(target);
    }
  }
  return { actions, targets, calls };
}

describe('the audit vocabulary', () => {
  const { actions, targets, calls } = written();

  it('finds the calls it reads', () => {
    expect(calls).toBeGreaterThan(25);
    expect(actions.has('filing.return')).toBe(true);
  });

  it('writes only acts the console knows', () => {
    expect([...actions].filter((a) => !(AUDIT_ACTIONS as readonly string[]).includes(a))).toEqual(
      [],
    );
  });

  it('writes only targets the console knows', () => {
    expect([...targets].filter((t) => !(AUDIT_TARGETS as readonly string[]).includes(t))).toEqual(
      [],
    );
  });
});
