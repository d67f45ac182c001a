import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../auth/passwords.js';
import { startApiProcess, type ApiProcess } from '../testing/api-process.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';

const EMAIL = 'logged@test.marketlens';
const PASSWORD = 'plum-orchard-password-never-logged';
const WRONG_PASSWORD = 'wrong-guess-that-must-not-be-logged';
const COOKIE_VALUE = 'cookie-value-that-must-not-be-logged';
const URL_SECRET = 'url-password-that-must-not-be-logged';

interface LogRecord {
  level: number;
  msg?: string;
}

describe('the log of an authenticated session', () => {
  let database: TestDatabase;
  let api: ApiProcess;
  let token = '';

  const graphql = async (query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
    return (await response.json()) as { data?: Record<string, unknown>; errors?: Array<{ message: string }> };
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    await database.pool.query("INSERT INTO users (email, name, role, password_hash) VALUES ($1, 'Logged', 'researcher', $2)", [EMAIL, await hashPassword(PASSWORD)]);
    api = await startApiProcess({ databaseUrl: database.url, env: { LOG_LEVEL: 'trace' } });

    const login = 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';
    const failed = await graphql(login, { email: EMAIL, password: WRONG_PASSWORD });
    expect(failed.errors?.[0]?.message).toBe('Wrong email or password.');
    const session = await graphql(login, { email: EMAIL, password: PASSWORD });
    token = (session.data!['login'] as { token: string }).token;
    const auth = { authorization: `Bearer ${token}`, cookie: `session=${COOKIE_VALUE}` };
    expect((await graphql('{ me { email } }', {}, auth)).data).toEqual({ me: { email: EMAIL } });
    await graphql('mutation { createIngestionJob(files: ["a.csv"]) { id } }', {}, auth);
    // A client that puts a password in the address: Apollo refuses a mutation over GET, but the request is logged.
    const variables = encodeURIComponent(JSON.stringify({ email: EMAIL, password: URL_SECRET }));
    await fetch(`${api.url}/graphql?query=${encodeURIComponent(login)}&variables=${variables}`, { headers: { 'apollo-require-preflight': 'true', ...auth } });
    await graphql('mutation { logout }', {}, auth);
    // Give the last request's log line time to reach stdout.
    await new Promise((resolve) => setTimeout(resolve, 300));
  });

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  const records = (): LogRecord[] =>
    api
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as LogRecord);

  it('logs the requests', () => {
    expect(records().filter((record) => record.msg === 'request completed').length).toBeGreaterThanOrEqual(5);
  });

  it('holds no token, password or cookie', () => {
    const log = api.output();
    expect(token.length).toBeGreaterThan(20);
    for (const secret of [token, token.split('.')[2]!, PASSWORD, WRONG_PASSWORD, COOKIE_VALUE, URL_SECRET]) expect(log).not.toContain(secret);
    expect(log).not.toMatch(/Bearer [A-Za-z0-9_-]+\./);
  });

  it('reports a failed login as a warning, not an error', () => {
    const failed = records().filter((record) => /Wrong email or password|login failed/.test(JSON.stringify(record)));
    expect(failed.map((record) => [record.level, record.msg])).toEqual([[40, 'login failed: wrong password']]);
    expect(records().filter((record) => record.level >= 50)).toEqual([]);
  });
});
