import { hash, verify } from '@node-rs/argon2';

/** argon2id with the library's defaults (OWASP's recommended memory and time costs). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function passwordMatches(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash of nothing, verified against when the email is unknown, so timing does not reveal which accounts exist. */
export const DECOY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$ZGVjb3lkZWNveWRlY295$wFF/c8HB/uPy3OzonitmNDejgFxDmoMkf9p4NPeSsnA';
