import type { APIRequestContext } from '@playwright/test';

/** Asks the running API directly, to compare what the chart shows with what the API says. */
export async function graphql<Data>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<Data> {
  const response = await request.post('/graphql', { data: { query, variables }, headers: { 'content-type': 'application/json' } });
  const body = (await response.json()) as { data?: Data; errors?: Array<{ message: string }> };
  if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}
