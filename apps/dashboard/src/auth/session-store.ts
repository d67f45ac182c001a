import type { Role } from '../gql/graphql';

export interface SessionUser {
  readonly email: string;
  readonly name: string;
  readonly role: Role;
}

export interface Session {
  readonly token: string;
  readonly user: SessionUser;
}

const STORAGE_KEY = 'marketlens.session';
const ROLES: readonly string[] = ['viewer', 'researcher', 'admin'] satisfies Role[];

/** A stored session, or null for anything missing, malformed or tampered into an unknown role. */
export function parseStoredSession(text: string | null): Session | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as { token?: unknown; user?: { email?: unknown; name?: unknown; role?: unknown } };
    const user = value.user;
    if (typeof value.token !== 'string' || value.token === '' || !user) return null;
    if (typeof user.email !== 'string' || typeof user.name !== 'string' || typeof user.role !== 'string' || !ROLES.includes(user.role)) return null;
    return { token: value.token, user: { email: user.email, name: user.name, role: user.role as Role } };
  } catch {
    return null;
  }
}

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

let current: Session | null | undefined;
const listeners = new Set<() => void>();

/** The logged-in session (kept in sessionStorage: it ends with the tab), or null. */
export function getSession(): Session | null {
  if (current === undefined) current = parseStoredSession(storage()?.getItem(STORAGE_KEY) ?? null);
  return current;
}

export function setSession(session: Session | null): void {
  current = session;
  if (session) storage()?.setItem(STORAGE_KEY, JSON.stringify(session));
  else storage()?.removeItem(STORAGE_KEY);
  for (const listener of listeners) listener();
}

export function clearSession(): void {
  setSession(null);
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
