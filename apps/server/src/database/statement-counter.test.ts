import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { CountingLogger } from './statement-counter';

function logged() {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { lines, counter: new CountingLogger(logger) };
}

describe('the database logger', () => {
  it('says a slow statement in one line: its text and how long it took, not its values', () => {
    const { lines, counter } = logged();
    counter.logQuerySlow(562, 'SELECT * FROM guard WHERE id_number = $1', ['500101199001011234']);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 40,
      msg: 'slow statement',
      sql: 'SELECT * FROM guard WHERE id_number = $1',
      ms: 562,
    });
    expect(JSON.stringify(lines[0])).not.toContain('500101199001011234');
  });

  it('counts every statement', () => {
    const { counter } = logged();
    counter.logQuery();
    counter.logQuery();
    expect(counter.statements).toBe(2);
  });
});
