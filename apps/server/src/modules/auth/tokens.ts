import { jwtVerify, SignJWT } from 'jose';

export type TokenClaims = { typ: 'user'; sid: string } | { typ: 'kiosk'; did: string };

/** Signed, expiring tokens for the session and device cookies (HS256). */
export class Tokens {
  private readonly key: Uint8Array;

  constructor(secret: string) {
    this.key = new TextEncoder().encode(secret);
  }

  sign(claims: TokenClaims, expiresAt: Date): Promise<string> {
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
  }

  /** The claims of a valid token, or null for a forged, expired or malformed one. */
  async verify(token: string): Promise<TokenClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'] });
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
