import { jwtVerify, SignJWT } from 'jose';
import { webcrypto } from 'node:crypto';

export type TokenClaims = { typ: 'user'; sid: string } | { typ: 'kiosk'; did: string };

/** Signed, expiring tokens for the session and device cookies (HS256). */
export class Tokens {
  // Imported once: given the raw bytes, jose imports a WebCrypto key on every call (6% of the
  // CPU of a kiosk's rating, whose device token is checked on each request).
  private readonly key: Promise<webcrypto.CryptoKey>;

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
    try {
      const { payload } = await jwtVerify(token, await this.key, { algorithms: ['HS256'] });
      if (payload.typ === 'user' && typeof payload.sid === 'string')
        return { typ: 'user', sid: payload.sid };
      if (payload.typ === 'kiosk' && typeof payload.did === 'string')
        return { typ: 'kiosk', did: payload.did };
      return null;
    } catch {
      return null;
    }
  }
}
