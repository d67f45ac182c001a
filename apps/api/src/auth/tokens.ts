import { SignJWT, jwtVerify } from 'jose';

/** What a token says: whose session it is. Role and rights are read from the database on each request. */
export interface TokenClaims {
  readonly userId: number;
  readonly sessionId: string;
}

const ISSUER = 'marketlens';
/** A session lasts at most this long; logging out, or any change that ends sessions, ends it sooner. */
export const SESSION_HOURS = 12;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const keyOf = (secret: string): Uint8Array => new TextEncoder().encode(secret);

export async function signToken(claims: TokenClaims, expiresAt: Date, secret: string): Promise<string> {
  return new SignJWT({ sid: claims.sessionId })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(String(claims.userId))
    .setIssuer(ISSUER)
    .setIssuedAt()
    .setExpirationTime(expiresAt)
    .sign(keyOf(secret));
}

/** The claims of a valid, unexpired token of ours that says when it expires; undefined for anything else. */
export async function verifyToken(token: string, secret: string): Promise<TokenClaims | undefined> {
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), { issuer: ISSUER, algorithms: ['HS256'], requiredClaims: ['exp', 'iat', 'sub', 'sid'] });
    const userId = Number(payload.sub);
    const sessionId = payload['sid'];
    if (!Number.isSafeInteger(userId) || typeof sessionId !== 'string' || !UUID.test(sessionId)) return undefined;
    return { userId, sessionId };
  } catch {
    return undefined;
  }
}
