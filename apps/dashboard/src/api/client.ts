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

interface GraphqlResponse<Result> {
  data?: Result;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** Runs a typed operation against the API; the JSON content type keeps Apollo's CSRF prevention satisfied. */
export async function request<Result, Variables>(document: TypedDocumentString<Result, Variables>, variables?: Variables): Promise<Result> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    throw new ApiError('The Marketlens API cannot be reached. Is the server running?');
  }
  const body = (await response.json().catch(() => ({}))) as GraphqlResponse<Result>;
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code);
  if (!response.ok || !body.data) throw new ApiError(`The API answered ${response.status} ${response.statusText}.`);
  return body.data;
}
