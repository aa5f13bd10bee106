import { jwtVerify, SignJWT } from 'jose';
import { LRUCache } from 'lru-cache';
import { webcrypto } from 'node:crypto';

export type TokenClaims = { typ: 'user'; sid: string } | { typ: 'kiosk'; did: string };

/** Signed, expiring tokens for the session and device cookies (HS256). */
export class Tokens {
  // Imported once: given the raw bytes, jose imports a WebCrypto key on every call (6% of the
  // CPU of a kiosk's rating, whose device token is checked on each request).
  private readonly key: Promise<webcrypto.CryptoKey>;
  // Tokens whose signature checked out, with their expiry (epoch seconds): a token's signature
  // is the same on every request, and checking it (WebCrypto's HMAC, a job on the thread pool)
  // cost 6% of the CPU of a kiosk's rating, whose device token comes with every request. Only
  // the signature is remembered: what the token names (a session, a device) is still looked up
  // by the caller, so a revoked session or device is refused as before.
  private readonly verified = new LRUCache<string, { claims: TokenClaims; exp: number }>({
    max: 10_000,
  });

  constructor(secret: string) {
    this.key = webcrypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(secret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign', 'verify'],
    );
  }

  async sign(claims: TokenClaims, expiresAt: Date): Promise<string> {
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(await this.key);
  }

  /** The claims of a valid token, or null for a forged, expired or malformed one. */
  async verify(token: string): Promise<TokenClaims | null> {
    const hit = this.verified.get(token);
    if (hit) {
      // jose's check: expired once `exp` is not after the current second.
      if (hit.exp > Math.floor(Date.now() / 1000)) return hit.claims;
      this.verified.delete(token);
      return null;
    }
    try {
      const { payload } = await jwtVerify(token, await this.key, { algorithms: ['HS256'] });
      const claims: TokenClaims | null =
        payload.typ === 'user' && typeof payload.sid === 'string'
          ? { typ: 'user', sid: payload.sid }
          : payload.typ === 'kiosk' && typeof payload.did === 'string'
            ? { typ: 'kiosk', did: payload.did }
            : null;
      if (claims) this.verified.set(token, { claims, exp: payload.exp ?? Infinity });
      return claims;
    } catch {
      return null;
    }
  }
}
