import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { createTestUsers, TEST_PASSWORD, testEmail } from '../testing/test-users.js';

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

  it('refuses short, common and guessable passwords, saying why', async () => {
    const admin = await api.login(testEmail('admin'), TEST_PASSWORD);
    const create = 'mutation($password: String!) { createUser(input: { email: "weak@test.marketlens", name: "Weak", role: viewer, password: $password }) { id } }';
    const refusals: Record<string, RegExp> = {
      password: /at least 12 characters/,
      '        ': /at least 12 characters/,
      '            ': /too easy to guess/,
      passwordpassword: /too easy to guess/,
      qwertyuiopasdf: /too easy to guess/,
      'weak@test.marketlens': /too easy to guess/,
    };
    for (const [password, reason] of Object.entries(refusals)) {
      const { errors } = await api.graphql(create, { password }, admin);
      expect(errors?.[0], password).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
      expect(errors![0]!.message, password).toMatch(reason);
    }
    expect((await database.pool.query("SELECT 1 FROM users WHERE email = 'weak@test.marketlens'")).rowCount).toBe(0);
  });

  it('keeps at least one admin', async () => {
    const admin = await api.login(testEmail('admin'), TEST_PASSWORD);
    const demote = await api.graphql(`mutation { setUserRole(email: "${testEmail('admin')}", role: viewer) { role } }`, {}, admin);
    expect(demote.errors![0]).toMatchObject({ message: 'You cannot take the admin role from the last admin; make another admin first.', extensions: { code: 'CONFLICT' } });
    const remove = await api.graphql(`mutation { deleteUser(email: "${testEmail('admin')}") }`, {}, admin);
    expect(remove.errors![0]).toMatchObject({ message: 'You cannot delete the last admin; make another admin first.', extensions: { code: 'CONFLICT' } });
    expect((await api.graphql<{ me: { role: string } }>('{ me { role } }', {}, admin)).data!.me.role).toBe('admin');
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
