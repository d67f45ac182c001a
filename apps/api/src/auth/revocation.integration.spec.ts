import { decodeJwt, SignJWT } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEVELOPMENT_JWT_SECRET } from '../config/config.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { TEST_PASSWORD } from '../testing/test-users.js';
import { AuthService } from './auth.service.js';

const CREATE_JOB = 'mutation { createIngestionJob(files: ["a.csv"]) { id } }';
const CREATE_USER = 'mutation($email: String!) { createUser(input: { email: $email, name: "Made", role: admin, password: "a slow quiet glacier of numbers" }) { id } }';
const ME = '{ me { email role } }';

const codesOf = (response: { errors?: Array<{ extensions?: Record<string, unknown> }> }): string[] => (response.errors ?? []).map((error) => String(error.extensions?.['code']));

describe('a right taken away ends on the next request', () => {
  let database: TestDatabase;
  let api: TestApp;
  let admin: Record<string, string>;
  let serial = 0;

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await createTestApp(database.url);
    await api.app.get(AuthService).createUser({ email: 'boss@test.marketlens', name: 'Boss', role: 'admin', password: TEST_PASSWORD });
    admin = await api.login('boss@test.marketlens', TEST_PASSWORD);
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  /** A fresh account of its own for each test, so no test sees another's sessions. */
  let email: string;
  beforeEach(async () => {
    email = `person-${serial++}@test.marketlens`;
  });
  const makeUser = (role: 'viewer' | 'researcher' | 'admin') => api.app.get(AuthService).createUser({ email, name: 'Person', role, password: TEST_PASSWORD });

  it('a demoted researcher’s token can no longer upload', async () => {
    await makeUser('researcher');
    const token = await api.login(email, TEST_PASSWORD);
    expect(codesOf(await api.graphql(CREATE_JOB, {}, token))).toEqual([]);
    expect(codesOf(await api.graphql(`mutation { setUserRole(email: "${email}", role: viewer) { role } }`, {}, admin))).toEqual([]);
    const after = await api.graphql(CREATE_JOB, {}, token);
    expect(codesOf(after)).toEqual(['FORBIDDEN']);
    expect((await api.graphql<{ me: { role: string } }>(ME, {}, token)).data!.me.role).toBe('viewer');
  });

  it('a promoted viewer may upload at once, with the same token', async () => {
    await makeUser('viewer');
    const token = await api.login(email, TEST_PASSWORD);
    expect(codesOf(await api.graphql(CREATE_JOB, {}, token))).toEqual(['FORBIDDEN']);
    await api.graphql(`mutation { setUserRole(email: "${email}", role: researcher) { role } }`, {}, admin);
    expect(codesOf(await api.graphql(CREATE_JOB, {}, token))).toEqual([]);
  });

  it('a deleted admin’s token creates no admins', async () => {
    await makeUser('admin');
    const token = await api.login(email, TEST_PASSWORD);
    await database.pool.query('DELETE FROM users WHERE email = $1', [email]);
    const response = await api.graphql(CREATE_USER, { email: `minted-${serial++}@test.marketlens` }, token);
    expect(codesOf(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.data ?? null).toBeNull();
  });

  it('deleteUser ends the deleted user’s sessions', async () => {
    await makeUser('admin');
    const token = await api.login(email, TEST_PASSWORD);
    expect(codesOf(await api.graphql(`mutation { deleteUser(email: "${email}") }`, {}, admin))).toEqual([]);
    expect(codesOf(await api.graphql(CREATE_USER, { email: `minted-${serial++}@test.marketlens` }, token))).toEqual(['UNAUTHENTICATED']);
    expect((await database.pool.query('SELECT 1 FROM users WHERE email = $1', [email])).rowCount).toBe(0);
  });

  it('logout ends that session only; logoutEverywhere ends them all', async () => {
    await makeUser('researcher');
    const laptop = await api.login(email, TEST_PASSWORD);
    const phone = await api.login(email, TEST_PASSWORD);
    const tablet = await api.login(email, TEST_PASSWORD);
    expect((await api.graphql<{ logout: boolean }>('mutation { logout }', {}, laptop)).data).toEqual({ logout: true });
    expect(codesOf(await api.graphql(ME, {}, laptop))).toEqual(['UNAUTHENTICATED']);
    expect(codesOf(await api.graphql(CREATE_JOB, {}, phone))).toEqual([]);
    expect((await api.graphql<{ logoutEverywhere: number }>('mutation { logoutEverywhere }', {}, phone)).data).toEqual({ logoutEverywhere: 2 });
    expect(codesOf(await api.graphql(ME, {}, phone))).toEqual(['UNAUTHENTICATED']);
    expect(codesOf(await api.graphql(ME, {}, tablet))).toEqual(['UNAUTHENTICATED']);
    expect(codesOf(await api.graphql(ME, {}, await api.login(email, TEST_PASSWORD)))).toEqual([]);
  });

  it('changing the password ends every other session and needs the current password', async () => {
    await makeUser('researcher');
    const here = await api.login(email, TEST_PASSWORD);
    const elsewhere = await api.login(email, TEST_PASSWORD);
    const change = 'mutation($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }';
    const wrong = await api.graphql(change, { current: 'not the password at all', next: 'a slow quiet glacier of numbers' }, here);
    expect(codesOf(wrong)).toEqual(['BAD_USER_INPUT']);
    expect(codesOf(await api.graphql(ME, {}, here))).toEqual([]);
    expect(codesOf(await api.graphql(change, { current: TEST_PASSWORD, next: 'a slow quiet glacier of numbers' }, here))).toEqual([]);
    expect(codesOf(await api.graphql(ME, {}, here))).toEqual([]);
    expect(codesOf(await api.graphql(ME, {}, elsewhere))).toEqual(['UNAUTHENTICATED']);
    await expect(api.login(email, TEST_PASSWORD)).rejects.toThrow(/Wrong email or password/);
    await api.login(email, 'a slow quiet glacier of numbers');
  });

  it('refuses a token signed with our secret that carries no expiry', async () => {
    await makeUser('admin');
    const real = (await api.login(email, TEST_PASSWORD))['authorization']!.slice('Bearer '.length);
    // The same claims as a real session's token, re-signed with our own secret, without `exp`.
    const { exp: _expiry, ...claims } = decodeJwt(real);
    const forever = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode(DEVELOPMENT_JWT_SECRET));
    const response = await api.graphql(CREATE_USER, { email: `minted-${serial++}@test.marketlens` }, { authorization: `Bearer ${forever}` });
    expect(codesOf(response)).toEqual(['UNAUTHENTICATED']);
    expect(codesOf(await api.graphql(ME, {}, { authorization: `Bearer ${real}` }))).toEqual([]);
  });
});
