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
      // Written down before it leaves: a crash mid-request loses nothing.
      if (
        !JSON.parse(storage.getItem('cqss.kiosk.outbox.v1') ?? '[]').some(
          (x: QueuedRating) => x.key === r.key,
        )
      )
        throw new Error('sent before it was stored');
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
  it('writes a tapped rating to storage, then sends it at once, and forgets it once stored', async () => {
    const s = setup();
    const item = s.outbox.record(1);
    expect(s.sent).toEqual([item]);
    expect(item).toMatchObject({ rating: 1, tags: [], comment: null, amendedAt: null, rev: 0 });
    expect(item.key).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    await flushed();
    expect(s.stored()).toEqual([]);
    expect(s.outbox.status.value).toBe('online');
  });

  it('sends the details later with the same key, as an amendment', async () => {
    const s = setup();
    const item = s.outbox.record(2);
    await flushed();
    s.tick(8);
    s.outbox.amend(item, { tags: ['SLOW_RESPONSE'], comment: '  太慢了 ' });
    await flushed();
    expect(s.sent).toEqual([
      item,
      {
        ...item,
        tags: ['SLOW_RESPONSE'],
        comment: '太慢了',
        amendedAt: '2026-03-02T02:00:08.000Z',
        rev: 1,
      },
    ]);
    expect(s.stored()).toEqual([]);
  });

  it('joins the details to a rating still waiting offline: one send with everything', async () => {
    const s = setup(['retry']);
    const item = s.outbox.record(5);
    await flushed();
    s.outbox.amend(item, { tags: ['COURTESY'] });
    expect(s.stored()).toMatchObject([{ key: item.key, tags: ['COURTESY'], rev: 1 }]);
    s.timers.at(-1)!.fn();
    await flushed();
    expect(s.sent.map((r) => [r.key, r.tags])).toEqual([
      [item.key, []],
      [item.key, ['COURTESY']],
    ]);
    expect(s.stored()).toEqual([]);
  });

  it('details given while the rating is on its way are sent after it, not lost', async () => {
    let release: (r: SendResult) => void = () => {};
    const storage = new MemoryStorage();
    const sent: QueuedRating[] = [];
    const outbox = new Outbox({
      storage,
      send: (r) => {
        sent.push(r);
        return new Promise<SendResult>((resolve) => (release = resolve));
      },
    });
    const item = outbox.record(1);
    outbox.amend(item, { comment: '门口没人' });
    release('stored');
    await flushed();
    release('stored');
    await flushed();
    expect(sent.map((r) => r.comment)).toEqual([null, '门口没人']);
    expect(outbox.items.value).toEqual([]);
  });

  it('nothing to amend without tags or a comment', async () => {
    const s = setup();
    const item = s.outbox.record(4);
    await flushed();
    s.outbox.amend(item, { tags: [], comment: '  ' });
    await flushed();
    expect(s.sent).toHaveLength(1);
  });

  it('keeps ratings while the server is unreachable, retries with growing waits, then sends them once, in order', async () => {
    const s = setup(['retry', 'retry', 'retry']);
    for (const r of [4, 2, 3] as const) {
      s.outbox.record(r);
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
    s.outbox.record(5);
    void s.outbox.flush();
    void s.outbox.flush();
    await flushed();
    expect(s.sent).toHaveLength(1);
  });

  it('keeps the whole queue when the device is no longer paired, and sends it after pairing again', async () => {
    const s = setup(['unpaired']);
    s.outbox.record(1);
    s.tick(6);
    await flushed();
    expect(s.outbox.status.value).toBe('unpaired');
    s.outbox.record(5);
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
    s.outbox.record(1);
    await flushed();
    s.tick(6);
    s.outbox.record(5);
    await flushed();
    expect(s.outbox.dropped).toBe(1);
    expect(s.stored()).toEqual([]);
  });

  it('survives a reload: the queue comes back from storage, details included', async () => {
    const first = setup(['retry']);
    first.outbox.record(4);
    first.tick(6);
    await flushed();
    const second = first.outbox.record(2);
    first.outbox.amend(second, { tags: ['UNTIDY'] });
    const again = setup([], first.storage);
    expect(again.outbox.items.value.map((r) => [r.rating, r.tags])).toEqual([
      [4, []],
      [2, ['UNTIDY']],
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
