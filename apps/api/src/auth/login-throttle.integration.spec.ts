import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type GraphqlResponse, type TestApp } from '../testing/test-app.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { TEST_PASSWORD } from '../testing/test-users.js';
import { AuthService } from './auth.service.js';

const LOGIN = 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';

type Answer = GraphqlResponse<{ login: { token: string } }>;
const codeOf = (answer: Answer): string => (answer.data?.login ? 'OK' : String(answer.errors?.[0]?.extensions?.['code']));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('login throttling', () => {
  let database: TestDatabase;
  /** Behind a reverse proxy on this host: X-Forwarded-For names the client. */
  let proxied: TestApp;
  /** Reached directly: X-Forwarded-For is whatever a client wrote, and ignored. */
  let direct: TestApp;
  let serial = 0;

  beforeAll(async () => {
    database = await createTestDatabase();
    proxied = await createTestApp(database.url, { TRUST_PROXY: 'loopback' });
    direct = await createTestApp(database.url);
  });

  afterAll(async () => {
    await proxied?.close();
    await direct?.close();
    await database?.drop();
  });

  const newAccount = async (): Promise<string> => {
    const email = `owner-${serial++}@test.marketlens`;
    await proxied.app.get(AuthService).createUser({ email, name: 'Owner', role: 'researcher', password: TEST_PASSWORD });
    return email;
  };
  const login = (api: TestApp, email: string, password: string, address?: string): Promise<Answer> =>
    api.graphql(LOGIN, { email, password }, address ? { 'x-forwarded-for': address } : {});

  it('checks only a few of 30 parallel guesses at one account', async () => {
    const email = await newAccount();
    const started = performance.now();
    const answers = await Promise.all(Array.from({ length: 30 }, (_, guess) => login(proxied, email, `guess number ${guess}`, '203.0.113.50')));
    const seconds = (performance.now() - started) / 1000;
    const checked = answers.filter((answer) => answer.errors?.[0]?.message === 'Wrong email or password.');
    const refused = answers.filter((answer) => codeOf(answer) === 'RATE_LIMITED');
    expect(checked.length).toBeGreaterThan(0);
    // Three free guesses; then one more after 1 s, another 2 s later, 4 s later…, should the batch take that long.
    expect(checked.length).toBeLessThanOrEqual(3 + Math.floor(Math.log2(seconds + 1)));
    expect(refused.length).toBe(30 - checked.length);
    expect(refused[0]!.errors![0]!.message).toMatch(/^Too many failed logins; try again in \d+ seconds?\.$/);
  });

  it('never locks the owner out: from an address they used before at once, from a new one within half a minute', async () => {
    const email = await newAccount();
    expect(codeOf(await login(proxied, email, TEST_PASSWORD, '198.51.100.7'))).toBe('OK');
    // Guesses from many addresses (a botnet), until the account as a whole is slowed down.
    let guesses = 0;
    let lastCode = '';
    for (let address = 1; address <= 40 && lastCode !== 'RATE_LIMITED'; address++, guesses++) {
      lastCode = codeOf(await login(proxied, email, `guess ${address}`, `203.0.113.${address}`));
    }
    expect(lastCode).toBe('RATE_LIMITED');
    expect(guesses).toBeLessThan(40);
    // The owner, at home: in at once.
    expect(codeOf(await login(proxied, email, TEST_PASSWORD, '198.51.100.7'))).toBe('OK');
    // The owner, travelling: asked to wait a bounded time, then in.
    const travelling = await login(proxied, email, TEST_PASSWORD, '192.0.2.99');
    if (codeOf(travelling) === 'RATE_LIMITED') {
      const wait = Number(travelling.errors![0]!.extensions!['retryAfterSeconds']);
      expect(wait).toBeGreaterThan(0);
      expect(wait).toBeLessThanOrEqual(30);
      await sleep(wait * 1000 + 200);
    }
    expect(codeOf(await login(proxied, email, TEST_PASSWORD, '192.0.2.99'))).toBe('OK');
  });

  it('doubles the wait after each further failure from one address', async () => {
    const email = await newAccount();
    for (let free = 0; free < 3; free++) expect(codeOf(await login(proxied, email, `wrong ${free}`, '203.0.113.200'))).toBe('UNAUTHENTICATED');
    const waits: number[] = [];
    for (let failure = 0; failure < 4; failure++) {
      const refused = await login(proxied, email, TEST_PASSWORD, '203.0.113.200');
      expect(codeOf(refused)).toBe('RATE_LIMITED');
      waits.push(Number(refused.errors![0]!.extensions!['retryAfterSeconds']));
      // Let the wait pass without sleeping through it.
      await database.pool.query("UPDATE login_throttle SET next_allowed_at = now() WHERE key LIKE '%' || $1 || '%'", [email]);
      expect(codeOf(await login(proxied, email, `wrong again ${failure}`, '203.0.113.200'))).toBe('UNAUTHENTICATED');
    }
    expect(waits).toEqual([1, 2, 4, 8]);
  });

  it('ignores X-Forwarded-For unless TRUST_PROXY says a proxy sets it', async () => {
    const email = await newAccount();
    const codes: string[] = [];
    for (let guess = 0; guess < 6; guess++) codes.push(codeOf(await login(direct, email, `guess ${guess}`, `198.18.0.${guess}`)));
    expect(codes.slice(0, 3)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
    expect(codes.slice(3)).toEqual(['RATE_LIMITED', 'RATE_LIMITED', 'RATE_LIMITED']);
  });
});
