import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { createTestUsers, TEST_PASSWORD, testEmail } from '../testing/test-users.js';
import { MAX_FAILURES_PER_EMAIL } from './login-throttle.js';

const LOGIN = 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token user { email role } } }';

describe('logging in', () => {
  let database: TestDatabase;
  let api: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await createTestApp(database.url);
    await createTestUsers(api.app);
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it('returns a token that identifies the user, whatever the email’s case', async () => {
    const { data } = await api.graphql<{ login: { token: string; user: { email: string; role: string } } }>(LOGIN, { email: 'Researcher@Test.Marketlens', password: TEST_PASSWORD });
    expect(data!.login.user).toEqual({ email: testEmail('researcher'), role: 'researcher' });
    const me = await api.graphql<{ me: { email: string } }>('{ me { email role } }', {}, { authorization: `Bearer ${data!.login.token}` });
    expect(me.data!.me).toEqual({ email: testEmail('researcher'), role: 'researcher' });
  });

  it('stores only an argon2id hash of the password', async () => {
    const { rows } = await database.pool.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE email = $1', [testEmail('viewer')]);
    expect(rows[0]!.password_hash).toMatch(/^\$argon2id\$/);
    expect(rows[0]!.password_hash).not.toContain(TEST_PASSWORD);
  });

  it('says the same thing for a wrong password and an unknown email', async () => {
    const wrong = await api.graphql(LOGIN, { email: testEmail('admin'), password: 'not the password' });
    const unknown = await api.graphql(LOGIN, { email: 'nobody@test.marketlens', password: 'not the password' });
    expect(wrong.errors![0]).toMatchObject({ message: 'Wrong email or password.', extensions: { code: 'UNAUTHENTICATED' } });
    expect(unknown.errors![0]!.message).toBe(wrong.errors![0]!.message);
  });

  it(`refuses logins after ${MAX_FAILURES_PER_EMAIL} failures, even with the right password`, async () => {
    const email = testEmail('viewer');
    for (let attempt = 0; attempt < MAX_FAILURES_PER_EMAIL; attempt++) {
      const { errors } = await api.graphql(LOGIN, { email, password: `guess ${attempt}` });
      expect(errors![0]!.extensions!['code']).toBe('UNAUTHENTICATED');
    }
    const { errors } = await api.graphql(LOGIN, { email, password: TEST_PASSWORD });
    expect(errors![0]).toMatchObject({ message: 'Too many failed logins; try again in 15 minutes.', extensions: { code: 'RATE_LIMITED' } });
  });

  it('rejects a forged or expired token', async () => {
    const { errors } = await api.graphql('{ me { email } }', {}, { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiYWRtaW4ifQ.forged' });
    expect(errors![0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('keeps one researcher’s uploads from another', async () => {
    const researcher = await api.login(testEmail('researcher'), TEST_PASSWORD);
    const { data } = await api.graphql<{ createIngestionJob: { id: string } }>('mutation { createIngestionJob(files: ["a.csv"]) { id } }', {}, researcher);
    const other = await api.graphql<{ createUser: { id: string } }>(
      'mutation { createUser(input: { email: "second@test.marketlens", name: "Second", role: researcher, password: "another long password" }) { id } }',
      {},
      await api.login(testEmail('admin'), TEST_PASSWORD),
    );
    expect(other.data).toBeDefined();
    const second = await api.login('second@test.marketlens', 'another long password');
    const { errors } = await api.graphql('query($jobId: ID!) { ingestionJob(jobId: $jobId) { status } }', { jobId: data!.createIngestionJob.id }, second);
    expect(errors![0]).toMatchObject({ message: 'This upload belongs to someone else.', extensions: { code: 'FORBIDDEN' } });
  });
});
