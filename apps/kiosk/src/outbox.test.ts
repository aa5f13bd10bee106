import { describe, expect, it } from 'vitest';
import { newKey, Outbox, type QueuedRating, type SendResult } from './outbox';

class MemoryStorage {
  data = new Map<string, string>();
  getItem = (k: string) => this.data.get(k) ?? null;
  setItem = (k: string, v: string) => void this.data.set(k, v);
}

/** An outbox with a clock, timers and a server the test controls. */
function setup(answers: SendResult[] = [], storage = new MemoryStorage()) {
  let now = Date.parse('2026-03-02T02:00:00Z');
  const timers: { fn: () => void; ms: number }[] = [];
  const sent: QueuedRating[] = [];
  const outbox = new Outbox({
    storage,
    now: () => now,
    random: () => 0.5,
    setTimer: (fn, ms) => timers.push({ fn, ms }),
    clearTimer: () => undefined,
    send: async (r) => {
      sent.push(r);
      return answers.shift() ?? 'stored';
    },
  });
  return {
    outbox,
    storage,
    sent,
    timers,
    tick: (seconds: number) => (now += seconds * 1000),
    stored: () => JSON.parse(storage.getItem('cqss.kiosk.outbox.v1') ?? '[]') as QueuedRating[],
  };
}

const flushed = () => new Promise((r) => setTimeout(r, 0));

describe('the outbox', () => {
  it('writes a tapped rating to storage before anything is sent', () => {
    const s = setup();
    const item = s.outbox.record(4);
    expect(s.sent).toEqual([]);
    expect(s.stored()).toEqual([{ ...item, ready: false }]);
    expect(item.key).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('sends a finished rating with its details and forgets it once stored', async () => {
    const s = setup();
    const item = s.outbox.record(2);
    s.outbox.finish(item.key, { tags: ['COURTESY'], comment: '  太慢了 ' });
    await flushed();
    expect(s.sent).toEqual([{ ...item, tags: ['COURTESY'], comment: '太慢了', ready: true }]);
    expect(s.stored()).toEqual([]);
    expect(s.outbox.status.value).toBe('online');
  });

  it('keeps ratings while the server is unreachable, retries with growing waits, then sends them once, in order', async () => {
    const s = setup(['retry', 'retry', 'retry']);
    for (const r of [4, 2, 3] as const) {
      s.outbox.finish(s.outbox.record(r).key);
      s.tick(6);
    }
    await flushed();
    expect(s.outbox.status.value).toBe('offline');
    expect(s.stored().map((r) => r.rating)).toEqual([4, 2, 3]);
    // Each failed try of the head waits longer before the next (1 s, 2 s, 4 s … capped at 15 s).
    s.timers.at(-1)!.fn();
    await flushed();
    s.timers.at(-1)!.fn();
    await flushed();
    expect(s.timers.map((t) => t.ms)).toEqual([1000, 2000, 4000]);
    expect(s.outbox.delay(10)).toBe(15_000);

    s.timers.at(-1)!.fn(); // the server is back
    await flushed();
    expect(s.sent.map((r) => r.rating)).toEqual([4, 4, 4, 4, 2, 3]);
    expect(new Set(s.sent.map((r) => r.key)).size).toBe(3);
    expect(s.stored()).toEqual([]);
    expect(s.outbox.status.value).toBe('online');
  });

  it('sends one at a time: a flush while one is in flight does not send it twice', async () => {
    const s = setup();
    s.outbox.finish(s.outbox.record(5).key);
    void s.outbox.flush();
    void s.outbox.flush();
    await flushed();
    expect(s.sent).toHaveLength(1);
  });

  it('waits for a rating still being composed before sending the ones after it', async () => {
    const s = setup();
    const composing = s.outbox.record(3);
    await s.outbox.flush();
    expect(s.sent).toEqual([]);
    s.outbox.finish(composing.key);
    await flushed();
    expect(s.sent).toHaveLength(1);
  });

  it('keeps the whole queue when the device is no longer paired, and sends it after pairing again', async () => {
    const s = setup(['unpaired']);
    s.outbox.finish(s.outbox.record(1).key);
    s.tick(6);
    await flushed();
    expect(s.outbox.status.value).toBe('unpaired');
    s.outbox.finish(s.outbox.record(5).key);
    await flushed();
    expect(s.sent).toHaveLength(1);
    expect(s.stored().map((r) => r.rating)).toEqual([1, 5]);

    s.outbox.resume();
    await flushed();
    expect(s.stored()).toEqual([]);
    expect(s.sent.map((r) => r.rating)).toEqual([1, 1, 5]);
  });

  it('drops a rating the server refused for good (rate limit) and goes on with the next', async () => {
    const s = setup(['refused']);
    s.outbox.finish(s.outbox.record(1).key);
    s.tick(6);
    s.outbox.finish(s.outbox.record(5).key);
    await flushed();
    expect(s.outbox.dropped).toBe(1);
    expect(s.stored()).toEqual([]);
  });

  it('survives a reload: the queue comes back from storage, a half-composed rating as it was', async () => {
    const first = setup(['retry']);
    first.outbox.finish(first.outbox.record(4).key);
    first.tick(6);
    first.outbox.record(2);
    await flushed();
    const again = setup([], first.storage);
    expect(again.outbox.items.value.map((r) => [r.rating, r.ready])).toEqual([
      [4, true],
      [2, true],
    ]);
    await again.outbox.flush();
    expect(again.sent.map((r) => r.rating)).toEqual([4, 2]);
  });

  it('applies the device rate limit before recording a tap: one every 5 seconds', () => {
    const s = setup();
    expect(s.outbox.waitBeforeRating()).toBeNull();
    s.outbox.record(5);
    s.tick(2);
    expect(s.outbox.waitBeforeRating()).toBe(3);
    s.tick(3);
    expect(s.outbox.waitBeforeRating()).toBeNull();
  });

  it('makes version-4 UUIDs without crypto.randomUUID too', () => {
    const keys = new Set(Array.from({ length: 50 }, newKey));
    expect(keys.size).toBe(50);
  });
});
