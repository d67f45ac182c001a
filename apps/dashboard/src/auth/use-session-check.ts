import { useEffect } from 'preact/hooks';
import { request } from '../api/client';
import { MeQuery } from '../views/login/operations';
import { clearSession, getSession, setSession } from './session-store';

/**
 * Once per token, asks the API who the token belongs to: an expired token ends the session (the API
 * client sends the user to log in), and a changed name or role is shown as the API knows it.
 */
export function useSessionCheck(token: string | null): void {
  useEffect(() => {
    if (!token) return;
    request(MeQuery).then(
      ({ me }) => {
        const session = getSession();
        if (session?.token !== token) return;
        if (!me) return clearSession();
        const { user } = session;
        if (me.email !== user.email || me.name !== user.name || me.role !== user.role) setSession({ token, user: me });
      },
      () => undefined,
    );
  }, [token]);
}
