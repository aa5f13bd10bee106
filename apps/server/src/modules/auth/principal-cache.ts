import { LRUCache } from 'lru-cache';
import type { PubSub } from 'type-graphql';
import type { Principal } from './principal';

/** The topic a revoked session's or kiosk's id is published on (the CLI publishes there too). */
export const SESSION_REVOKED_TOPIC = 'SESSION_REVOKED';
const REVOKED = SESSION_REVOKED_TOPIC;
const CHANGED = 'SESSION_CHANGED';

/**
 * Remembers live sessions and paired kiosks for a short while, so most requests cost no lookup.
 * A logout or a kiosk's revocation on any replica reaches every replica's cache through the
 * pub/sub (Redis when configured); the TTL bounds staleness should an event be lost.
 */
export class PrincipalCache {
  private readonly cache = new LRUCache<string, { principal: Principal; expiresAt: number }>({
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

  /** The principal of a token seen and verified before, while its session lives. */
  get(token: string): Principal | null {
    const hit = this.cache.get(token);
    return hit && hit.expiresAt > Date.now() ? hit.principal : null;
  }

  /** Remembers a token's principal, until `expiresAt` at the latest (a session's end). */
  set(token: string, principal: Principal, expiresAt?: Date): void {
    this.cache.set(token, { principal, expiresAt: expiresAt?.getTime() ?? Infinity });
  }

  /** Forgets a session, or a kiosk by its device id, here and on every other replica. */
  revoke(id: string): void {
    this.forget(id);
    this.pubSub.publish(REVOKED, id);
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

  private forget(id: string): void {
    for (const [token, { principal }] of this.cache.entries()) {
      const own = principal.kind === 'user' ? principal.sessionId : principal.deviceId;
      if (own === id) this.cache.delete(token);
    }
  }

  async close(): Promise<void> {
    await Promise.all([this.events.return?.(), this.changes.return?.()]);
  }
}
