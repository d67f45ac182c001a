import { request } from '../api/client';
import { LogoutEverywhereMutation, LogoutMutation } from '../views/login/operations';
import { clearSession, getSession } from './session-store';

/**
 * Ends the session here at once, then asks the API to end it (or every session of the user, on every
 * device) so the token stops working anywhere it was copied to. The API being unreachable does not
 * keep anyone logged in here.
 */
export async function logOut(everywhere = false): Promise<void> {
  const token = getSession()?.token;
  clearSession();
  if (!token) return;
  const ended = everywhere ? request(LogoutEverywhereMutation, undefined, { token }) : request(LogoutMutation, undefined, { token });
  await ended.catch(() => undefined);
}
