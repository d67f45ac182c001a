import { endExpiredSession } from '../auth/session-expiry';
import { getSession } from '../auth/session-store';
import type { TypedDocumentString } from '../gql/graphql';

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

export interface GraphqlResponse<Result> {
  data?: Result | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

export interface RequestOptions {
  /** Send no session token (logging in must work whatever an old token says). */
  readonly anonymous?: boolean;
  /** Send this token rather than the session's (logging out, once the session is dropped here). */
  readonly token?: string;
}

/** The bearer token to send, or null when logged out or asked not to. */
export function sessionToken(options: RequestOptions = {}): string | null {
  if (options.anonymous) return null;
  return options.token ?? getSession()?.token ?? null;
}

export function authorizationHeaders(token: string | null): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {};
}

/**
 * A GraphQL answer as data, or an ApiError with the API's own message. An UNAUTHENTICATED answer to a
 * request that carried a token means the session expired (or was revoked): it is dropped and the user
 * is sent to the login page.
 */
export function readGraphqlAnswer<Result>(answer: { status: number; statusText: string; body: GraphqlResponse<Result> | null }, sentToken: string | null): Result {
  const first = answer.body?.errors?.[0];
  if (first) {
    const code = first.extensions?.code;
    if (code === 'UNAUTHENTICATED' && sentToken) endExpiredSession(sentToken);
    throw new ApiError(first.message, code);
  }
  if (answer.status < 200 || answer.status >= 300 || !answer.body?.data) {
    throw new ApiError(`The API answered ${answer.status} ${answer.statusText}.`.replace(/ \.$/, '.'));
  }
  return answer.body.data;
}

/** Runs a typed operation against the API; the JSON content type keeps Apollo's CSRF prevention satisfied. */
export async function request<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables?: Variables,
  options: RequestOptions = {},
): Promise<Result> {
  const token = sessionToken(options);
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...authorizationHeaders(token) },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    throw new ApiError('The Marketlens API cannot be reached. Is the server running?');
  }
  const body = (await response.json().catch(() => null)) as GraphqlResponse<Result> | null;
  return readGraphqlAnswer({ status: response.status, statusText: response.statusText, body }, token);
}
