import { beforeEach, describe, expect, it, vi } from 'vitest';

const endExpiredSession = vi.fn();
vi.mock('../auth/session-expiry', () => ({ endExpiredSession }));
vi.mock('../auth/session-store', () => ({ getSession: () => ({ token: 'stored', user: { email: 'r@x', name: 'R', role: 'researcher' } }) }));

const { ApiError, authorizationHeaders, readGraphqlAnswer, sessionToken } = await import('./client');

const ok = { status: 200, statusText: 'OK' };

describe('readGraphqlAnswer', () => {
  beforeEach(() => endExpiredSession.mockClear());

  it('returns the data', () => {
    expect(readGraphqlAnswer({ ...ok, body: { data: { me: null } } }, null)).toEqual({ me: null });
  });

  it('throws the API’s own message and code', () => {
    const answer = { ...ok, body: { errors: [{ message: 'Too many failed logins; try again in 15 minutes.', extensions: { code: 'RATE_LIMITED' } }] } };
    expect(() => readGraphqlAnswer(answer, null)).toThrow(new ApiError('Too many failed logins; try again in 15 minutes.', 'RATE_LIMITED'));
  });

  it('ends the session when the API refuses the token the request carried', () => {
    const answer = { ...ok, body: { errors: [{ message: 'Your session has expired or is invalid; log in again.', extensions: { code: 'UNAUTHENTICATED' } }] } };
    expect(() => readGraphqlAnswer(answer, 'stored')).toThrow('Your session has expired');
    expect(endExpiredSession).toHaveBeenCalledWith('stored');
  });

  it('keeps the session for an UNAUTHENTICATED answer to an anonymous request (a wrong password)', () => {
    const answer = { ...ok, body: { errors: [{ message: 'Wrong email or password.', extensions: { code: 'UNAUTHENTICATED' } }] } };
    expect(() => readGraphqlAnswer(answer, null)).toThrow('Wrong email or password.');
    expect(endExpiredSession).not.toHaveBeenCalled();
  });

  it('names the HTTP status when there is neither data nor error', () => {
    expect(() => readGraphqlAnswer({ status: 502, statusText: 'Bad Gateway', body: null }, null)).toThrow('The API answered 502 Bad Gateway.');
    expect(() => readGraphqlAnswer({ status: 413, statusText: '', body: null }, null)).toThrow('The API answered 413.');
  });
});

describe('session token', () => {
  it('is sent unless the request is anonymous', () => {
    expect(sessionToken()).toBe('stored');
    expect(sessionToken({ anonymous: true })).toBeNull();
    expect(authorizationHeaders('stored')).toEqual({ authorization: 'Bearer stored' });
    expect(authorizationHeaders(null)).toEqual({});
  });
});
