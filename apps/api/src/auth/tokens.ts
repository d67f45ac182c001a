import type { Role } from '@marketlens/domain';
import { isOneOf, ROLES } from '@marketlens/domain';
import { SignJWT, jwtVerify } from 'jose';

export interface TokenClaims {
  readonly userId: number;
  readonly email: string;
  readonly role: Role;
}

const ISSUER = 'marketlens';
const LIFETIME = '12h';

const keyOf = (secret: string): Uint8Array => new TextEncoder().encode(secret);

export async function signToken(claims: TokenClaims, secret: string): Promise<string> {
  return new SignJWT({ email: claims.email, role: claims.role })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(String(claims.userId))
    .setIssuer(ISSUER)
    .setIssuedAt()
    .setExpirationTime(LIFETIME)
    .sign(keyOf(secret));
}

/** The claims of a valid, unexpired token of ours; undefined for anything else. */
export async function verifyToken(token: string, secret: string): Promise<TokenClaims | undefined> {
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), { issuer: ISSUER, algorithms: ['HS256'] });
    const role = String(payload['role']);
    if (!isOneOf(ROLES, role) || typeof payload['email'] !== 'string' || !payload.sub) return undefined;
    return { userId: Number(payload.sub), email: payload['email'], role };
  } catch {
    return undefined;
  }
}
