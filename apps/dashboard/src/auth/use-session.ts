import { useEffect, useState } from 'preact/hooks';
import { getSession, subscribeSession, type Session } from './session-store';

/** The current session; re-renders on log-in, log-out and expiry. */
export function useSession(): Session | null {
  const [session, setState] = useState(getSession);
  useEffect(() => subscribeSession(() => setState(getSession())), []);
  return session;
}
