import { checkDeviceRate, type FeedbackTag } from '@cqss/domain';
import { shallowRef, type ShallowRef } from 'vue';

/** A rating as the device keeps it until the server has stored it. */
export interface QueuedRating {
  /** The idempotency key, made when the face was tapped; every retry sends it again. */
  key: string;
  rating: 1 | 2 | 3 | 4 | 5;
  tags: FeedbackTag[];
  comment: string | null;
  /** When the face was tapped (ISO). */
  recordedAt: string;
  /** When the customer gave the tags and comment (ISO); null until then. */
  amendedAt: string | null;
  /** Bumped by each change on the device: a send answered for an older revision sends again. */
  rev: number;
  /** Always true now: a tap is sent at once (kept for queues stored by an older kiosk). */
  ready: boolean;
}

/** How a send ended, as the outbox needs to know it. */
export type SendResult =
  | 'stored'
  /** Refused for good (RATE_LIMITED, BAD_USER_INPUT): sending again would not change the answer. */
  | 'refused'
  /** The device is not (or no longer) paired: keep everything until it is paired again. */
  | 'unpaired'
  /** No answer, or a server in trouble: try again later. */
  | 'retry';

export type OutboxStatus = 'online' | 'offline' | 'unpaired';

export interface OutboxOptions {
  storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  send: (rating: QueuedRating) => Promise<SendResult>;
  now?: () => number;
  random?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
  /** Backoff: first wait and the longest wait, in ms. */
  backoff?: { first: number; max: number };
}

const QUEUE_KEY = 'cqss.kiosk.outbox.v1';
const RECENT_KEY = 'cqss.kiosk.recent.v1';
const HOUR_MS = 3_600_000;

/** A version-4 UUID, also where crypto.randomUUID is missing (it needs a secure context). */
export function newKey(): string {
  if (typeof crypto.randomUUID === 'function' && globalThis.isSecureContext !== false)
    return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * The device's outbox: every rating is written to storage the moment it is tapped, before any
 * request, and sent at once (so a low rating alerts the supervisor while the customer is still
 * at the kiosk); tags and a comment given afterwards go out with the same key and amend it.
 * An entry leaves only when the server has stored that revision (or refused it for good).
 * Entries go out one at a time, oldest first; a failure to reach the server waits (exponential
 * backoff with jitter) and keeps the order; an unpaired device keeps its queue until it is
 * paired again.
 */
export class Outbox {
  readonly items: ShallowRef<readonly QueuedRating[]>;
  readonly status = shallowRef<OutboxStatus>('online');
  /** Ratings the server refused for good since start (shown nowhere; for diagnosis). */
  dropped = 0;

  private recent: number[];
  private sending = false;
  private attempt = 0;
  private timer: unknown = null;
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (timer: unknown) => void;
  private readonly backoff: { first: number; max: number };

  constructor(private readonly options: OutboxOptions) {
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
    this.setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = options.clearTimer ?? ((t) => clearTimeout(t as number));
    this.backoff = options.backoff ?? { first: 1000, max: 15_000 };
    // A queue stored by an older kiosk: everything in it is sent as it was.
    this.items = shallowRef(
      this.read<QueuedRating[]>(QUEUE_KEY, []).map((r) => ({
        ...r,
        amendedAt: r.amendedAt ?? null,
        rev: r.rev ?? 0,
        ready: true,
      })),
    );
    this.recent = this.read<number[]>(RECENT_KEY, []);
  }

  /**
   * The device rate limit, checked before a tap is recorded (the server checks again): null
   * when a rating may be recorded now, else the seconds to wait.
   */
  waitBeforeRating(): number | null {
    const verdict = checkDeviceRate(
      new Date(this.now()),
      this.recent.map((t) => new Date(t)),
    );
    return verdict.ok ? null : verdict.retryAfterSeconds;
  }

  /** Records a tapped rating on the device, then sends it at once. */
  record(rating: QueuedRating['rating']): QueuedRating {
    const at = this.now();
    const item: QueuedRating = {
      key: newKey(),
      rating,
      tags: [],
      comment: null,
      recordedAt: new Date(at).toISOString(),
      amendedAt: null,
      rev: 0,
      ready: true,
    };
    this.recent = [...this.recent.filter((t) => at - t < HOUR_MS), at];
    this.write(RECENT_KEY, this.recent);
    this.save([...this.items.value, item]);
    void this.flush();
    return item;
  }

  /**
   * The customer's tags and comment for a rating recorded before: joined to it while it waits
   * in the queue, else queued as an amendment with the same key. No details: nothing to send.
   */
  amend(rating: QueuedRating, details: { tags?: FeedbackTag[]; comment?: string | null }): void {
    const tags = details.tags ?? [];
    const comment = details.comment?.trim() || null;
    if (!tags.length && !comment) return;
    const amendedAt = new Date(this.now()).toISOString();
    const queued = this.items.value.find((r) => r.key === rating.key);
    this.save(
      queued
        ? this.items.value.map((r) =>
            r.key === rating.key ? { ...r, tags, comment, amendedAt, rev: r.rev + 1 } : r,
          )
        : [...this.items.value, { ...rating, tags, comment, amendedAt, rev: rating.rev + 1 }],
    );
    void this.flush();
  }

  get pending(): number {
    return this.items.value.length;
  }

  /** Sends what is ready, oldest first, until the queue is empty or a send fails. */
  async flush(): Promise<void> {
    if (this.sending || this.status.value === 'unpaired') return;
    this.cancelRetry();
    this.sending = true;
    try {
      for (;;) {
        const head = this.items.value[0];
        if (!head?.ready) return;
        const result = await this.options.send(head).catch((): SendResult => 'retry');
        if (result === 'unpaired') {
          this.status.value = 'unpaired';
          return;
        }
        if (result === 'retry') {
          this.status.value = 'offline';
          this.scheduleRetry();
          return;
        }
        if (result === 'refused') this.dropped += 1;
        this.attempt = 0;
        this.status.value = 'online';
        // Details given while this revision was on its way stay, and go out next.
        this.save(this.items.value.filter((r) => !(r.key === head.key && r.rev === head.rev)));
      }
    } finally {
      this.sending = false;
    }
  }

  /** The device is paired (again): send what it kept. */
  resume(): void {
    this.status.value = 'online';
    this.attempt = 0;
    void this.flush();
  }

  /** Something else (the session check) could not reach the server either. */
  markOffline(): void {
    if (this.status.value === 'online') this.status.value = 'offline';
  }

  markOnline(): void {
    if (this.status.value === 'offline' && !this.timer) this.status.value = 'online';
    void this.flush();
  }

  /** The wait before retry n (1, 2, 4 … seconds up to the cap), ±20 % so tablets do not retry in step. */
  delay(attempt: number): number {
    const base = Math.min(this.backoff.max, this.backoff.first * 2 ** attempt);
    return Math.round(base * (0.8 + 0.4 * this.random()));
  }

  private scheduleRetry(): void {
    const wait = this.delay(this.attempt);
    this.attempt += 1;
    this.timer = this.setTimer(() => {
      this.timer = null;
      void this.flush();
    }, wait);
  }

  private cancelRetry(): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
  }

  private save(items: QueuedRating[]): void {
    this.items.value = items;
    this.write(QUEUE_KEY, items);
  }

  private read<T>(key: string, fallback: T): T {
    try {
      const raw = this.options.storage?.getItem(key);
      return raw ? (JSON.parse(raw) as T) : fallback;
    } catch {
      return fallback;
    }
  }

  private write(key: string, value: unknown): void {
    try {
      this.options.storage?.setItem(key, JSON.stringify(value));
    } catch {
      // Storage full or refused: the rating still goes out from memory.
    }
  }
}
