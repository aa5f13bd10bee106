import { LRUCache } from 'lru-cache';
import type { PubSub } from 'type-graphql';
import type { UserPrincipal } from './principal';

/** The topic a revoked session's id is published on (the CLI publishes there too). */
export const SESSION_REVOKED_TOPIC = 'SESSION_REVOKED';
const REVOKED = SESSION_REVOKED_TOPIC;
const CHANGED = 'SESSION_CHANGED';

/**
 * Remembers live sessions for a short while, so most requests cost no session lookup.
 * A logout on any replica reaches every replica's cache through the pub/sub (Redis when
 * configured); the TTL bounds staleness should an event be lost.
 */
export class PrincipalCache {
  private readonly cache = new LRUCache<string, { principal: UserPrincipal; expiresAt: number }>({
    max: 10_000,
    ttl: 30_000,
  });
  private readonly events: AsyncIterableIterator<unknown>;
  private readonly changes: AsyncIterableIterator<unknown>;
  private readonly listeners: ((sessionId: string) => void)[] = [];

  constructor(private readonly pubSub: PubSub) {
    this.events = pubSub.subscribe(REVOKED) as AsyncIterableIterator<unknown>;
    void (async () => {
      for await (const sessionId of this.events) {
        this.forget(String(sessionId));
        for (const listener of this.listeners) listener(String(sessionId));
      }
    })();
    this.changes = pubSub.subscribe(CHANGED) as AsyncIterableIterator<unknown>;
    void (async () => {
      for await (const sessionId of this.changes) this.forget(String(sessionId));
    })();
  }

  /** The principal of a session token seen and verified before, while its session lives. */
  get(token: string): UserPrincipal | null {
    const hit = this.cache.get(token);
    return hit && hit.expiresAt > Date.now() ? hit.principal : null;
  }

  set(token: string, principal: UserPrincipal, expiresAt: Date): void {
    this.cache.set(token, { principal, expiresAt: expiresAt.getTime() });
  }

  /** Forgets a session here and on every other replica. */
  revoke(sessionId: string): void {
    this.forget(sessionId);
    this.pubSub.publish(REVOKED, sessionId);
  }

  /** Forgets a live session here and on every other replica, so its user is read afresh. */
  refresh(sessionId: string): void {
    this.forget(sessionId);
    this.pubSub.publish(CHANGED, sessionId);
  }

  /** Calls `listener` with each session revoked on any replica (this one's included). */
  onRevoked(listener: (sessionId: string) => void): void {
    this.listeners.push(listener);
  }

  private forget(sessionId: string): void {
    for (const [token, entry] of this.cache.entries()) {
      if (entry.principal.sessionId === sessionId) this.cache.delete(token);
    }
  }

  async close(): Promise<void> {
    await Promise.all([this.events.return?.(), this.changes.return?.()]);
  }
}
