import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiProcess, type ApiProcess } from '../testing/api-process.js';
import { HEALTH_BOUND_MS, healthWhile } from '../testing/health-probe.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { MAX_QUERY_TOKENS } from './query-limits.js';

// graphql-js's own wording (sic: "more that").
const TOO_MANY_TOKENS = new RegExp(`^Syntax Error: Document contains more tha[nt] ${MAX_QUERY_TOKENS} tokens\\. Parsing aborted\\.$`);

/**
 * The standing GraphQL abuse corpus: each request is sent to the API running as its own process;
 * while it is handled /health keeps answering within the bound, the request is refused with a
 * message that says why, and the process is alive afterwards.
 */
interface Answer {
  status: number;
  body: { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> } | undefined;
  text: string;
}

const repeat = (count: number, make: (index: number) => string, separator = ' '): string => Array.from({ length: count }, (_, index) => make(index)).join(separator);

/** `levels` fragments, each spreading the next twice: a naive walk does 2^levels times the work. */
function fanOut(levels: number, nested: boolean): string {
  const spreads = (index: number): string => `...F${index + 1} ...F${index + 1}`;
  const fragments = repeat(levels, (index) => `fragment F${index} on Vendor { name ${nested ? `products { vendor { ${spreads(index)} } }` : spreads(index)} }`, '\n');
  return `query { vendors { ...F0 } }\n${fragments}\nfragment F${levels} on Vendor { name }`;
}

describe('GraphQL abuse corpus, against the API as its own process', () => {
  let database: TestDatabase;
  let api: ApiProcess;
  let dryers: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await startApiProcess({ databaseUrl: database.url, env: { LOAD_DATASETS: 'true' } });
    dryers = String((await database.pool.query<{ id: number }>("SELECT id FROM products WHERE name = 'clothes dryers (US)'")).rows[0]!.id);
  });

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  const send = async (body: string, headers: Record<string, string> = {}): Promise<Answer> => {
    const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const text = await response.text();
    let parsed: Answer['body'];
    try {
      parsed = JSON.parse(text) as Answer['body'];
    } catch {
      parsed = undefined;
    }
    return { status: response.status, body: parsed, text };
  };
  const query = (text: string, variables?: Record<string, unknown>): string => JSON.stringify({ query: text, variables });

  /** Sends `body` while asking /health, and checks liveness; returns the answer for the case's own checks. */
  async function abuse(body: string, headers?: Record<string, string>): Promise<Answer> {
    const { result, latencies } = await healthWhile(api, send(body, headers));
    expect(Math.max(...latencies)).toBeLessThan(HEALTH_BOUND_MS);
    expect(api.isAlive()).toBe(true);
    expect(await api.healthLatency()).toBeLessThan(HEALTH_BOUND_MS);
    return result;
  }

  const firstError = (answer: Answer): string => answer.body?.errors?.[0]?.message ?? answer.text;
  const seriesKey = () => ({ productId: dryers, metric: 'adopters', segment: 'all', geography: 'US', panel: 'Unverified (public diffusion-model research code)' });

  it('fragment fan-out: 22 fragments, each spreading the next twice (916 bytes, 9.6 s before)', async () => {
    const answer = await abuse(query(fanOut(22, false)));
    expect(answer.status).toBe(400);
    expect(firstError(answer)).toBe('This query costs 8,388,608; at most 2,000 is allowed. Ask for fewer fields, fewer aliases or fewer analyses at once.');
  });

  it('fragment fan-out 150 levels deep, flat', async () => {
    const answer = await abuse(query(fanOut(150, false)));
    expect(firstError(answer)).toMatch(/^This query costs over a billion; at most 2,000 is allowed/);
  });

  it('fragment fan-out past the token limit', async () => {
    const answer = await abuse(query(fanOut(400, false)));
    expect(firstError(answer)).toMatch(TOO_MANY_TOKENS);
  });

  it('fragment fan-out where each level nests a list deeper', async () => {
    const answer = await abuse(query(fanOut(40, true)));
    expect(answer.body?.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^This query is nested \d+ levels deep; at most 8 are allowed\./), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });

  it('999 aliases of an uncached forecast (3.6 s of CPU each)', async () => {
    const answer = await abuse(query(`query($input: ForecastInput!) { ${repeat(999, (index) => `f${index}: forecast(input: $input) { model }`)} }`, { input: { series: seriesKey(), horizon: 7 } }));
    expect(answer.status).toBe(400);
    expect(firstError(answer)).toMatch(TOO_MANY_TOKENS);
  });

  it('four aliases of an uncached forecast', async () => {
    const answer = await abuse(query(`query($input: ForecastInput!) { ${repeat(4, (index) => `f${index}: forecast(input: $input) { model }`)} }`, { input: { series: seriesKey(), horizon: 7 } }));
    expect(firstError(answer)).toBe('This query costs 2,004; at most 2,000 is allowed. Ask for fewer fields, fewer aliases or fewer analyses at once.');
  });

  it('ten aliases of marketShare', async () => {
    const answer = await abuse(query(`{ ${repeat(10, (index) => `s${index}: marketShare(metric: unique_users, segment: all, geography: "US", sourceId: "1") { periods { entries { share } } }`)} }`));
    expect(firstError(answer)).toMatch(/^This query costs [\d,]+; at most 2,000 is allowed/);
  });

  it('a synthetic control with 500 donors', async () => {
    const donors = Array.from({ length: 500 }, () => seriesKey());
    const answer = await abuse(query('query($input: BundlingEffectInput!) { bundlingEffect(input: $input) { ok } }', { input: { method: 'SYNTHETIC_CONTROL', eventId: '1', series: seriesKey(), donors } }));
    expect(firstError(answer)).toMatch(/^This query costs 10,\d{3}; at most 2,000 is allowed/);
  });

  it('3,000 aliases of __typename', async () => {
    const answer = await abuse(query(`{ ${repeat(3_000, (index) => `a${index}: __typename`)} }`));
    expect(answer.status).toBe(400);
    expect(firstError(answer)).toMatch(TOO_MANY_TOKENS);
  });

  it('one field repeated 5,000 times', async () => {
    const answer = await abuse(query(`{ vendors { ${repeat(5_000, () => 'name')} } }`));
    expect(firstError(answer)).toMatch(TOO_MANY_TOKENS);
  });

  it('selections nested 4,000 deep', async () => {
    const answer = await abuse(query(`{ ${repeat(2_000, () => 'vendors { products {')} name ${repeat(4_000, () => '}')} }`));
    expect(firstError(answer)).toMatch(TOO_MANY_TOKENS);
  });

  it('selections nested 9 deep, within the token limit', async () => {
    const answer = await abuse(query('{ vendors { products { vendor { products { vendor { products { vendor { products { vendor { name } } } } } } } } } }'));
    expect(firstError(answer)).toBe('This query is nested 9 levels deep; at most 8 are allowed.');
  });

  it('a 90 kB string argument', async () => {
    const answer = await abuse(query('query($key: SeriesKeyInput!) { series(key: $key) { product } }', { key: { ...seriesKey(), panel: 'x'.repeat(90_000) } }));
    expect(answer.body?.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(firstError(answer)).toMatch(/panel/);
  });

  it('an inline list argument of 6,000 values', async () => {
    const answer = await abuse(query(`{ partnershipNetwork(kinds: [${repeat(6_000, () => 'equipment_supply', ',')}]) { firstDate } }`));
    expect(firstError(answer)).toMatch(TOO_MANY_TOKENS);
  });

  it('a list 10,000 levels deep in the variables', async () => {
    const nested = `${'['.repeat(10_000)}"equipment_supply"${']'.repeat(10_000)}`;
    const body = `{"query":"query($kinds: [PartnershipKind!]) { partnershipNetwork(kinds: $kinds) { firstDate } }","variables":{"kinds":${nested}}}`;
    const answer = await abuse(body);
    expect(answer.status).toBe(400);
    expect(firstError(answer)).toMatch(/Variable "\$kinds" got invalid value/);
  });

  it('5 MB of variables', async () => {
    const answer = await abuse(query('query($kinds: [PartnershipKind!]) { partnershipNetwork(kinds: $kinds) { firstDate } }', { kinds: Array.from({ length: 400_000 }, () => 'equipment_supply') }));
    expect(answer.status).toBe(413);
  });

  it('batched operations (batching is off)', async () => {
    const answer = await abuse(JSON.stringify(Array.from({ length: 200 }, () => ({ query: '{ vendors { name } }' }))));
    expect(answer.status).toBe(400);
    expect(answer.text).toMatch(/batching/i);
  });

  it('2,000 operations in one document', async () => {
    const answer = await abuse(JSON.stringify({ query: repeat(2_000, (index) => `query Q${index} { __typename }`), operationName: 'Q1999' }));
    expect(firstError(answer)).toMatch(TOO_MANY_TOKENS);
  });

  it('1,000 directives on one field', async () => {
    const answer = await abuse(query(`{ vendors { name ${repeat(1_000, () => '@skip(if: false)')} } }`));
    expect(firstError(answer)).toMatch(TOO_MANY_TOKENS);
  });

  it('introspection that cycles through types and fields', async () => {
    const answer = await abuse(query('{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }'));
    expect(answer.body?.errors?.[0]).toMatchObject({ message: 'Maximum introspection depth exceeded', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });
});
