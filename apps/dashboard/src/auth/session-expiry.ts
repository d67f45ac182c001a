import { navigate } from '../router/navigation';
import { loginHref } from '../router/paths';
import { clearSession, getSession } from './session-store';

/**
 * The API refused the token a request carried: drop that session and send the user to log in again,
 * coming back here afterwards. Answers about an older token (the user has logged in since) are ignored.
 */
export function endExpiredSession(refusedToken: string): void {
  if (getSession()?.token !== refusedToken) return;
  clearSession();
  navigate(loginHref(window.location.pathname + window.location.search, true), { replace: true });
}
