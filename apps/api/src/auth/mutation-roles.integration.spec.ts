import { randomUUID } from 'node:crypto';
import { ROLES, type Role } from '@marketlens/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthService } from './auth.service.js';
import { createTestApp, type GraphqlResponse, type TestApp } from '../testing/test-app.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { createTestUsers, TEST_PASSWORD, testEmail } from '../testing/test-users.js';

type Caller = Role | 'anonymous';
const CALLERS: readonly Caller[] = ['anonymous', ...ROLES];
const ANYONE: readonly Caller[] = CALLERS;
const RESEARCHERS: readonly Caller[] = ['researcher', 'admin'];
const ADMINS: readonly Caller[] = ['admin'];

const CSV = 'period,product,vendor,metric,value,unit,segment,geography,source,note\n2001-09,AIM,AOL,unique_users,28,million,home,US,Role matrix panel,\n';
let serial = 0;

/**
 * A session of a new account with the caller's role, for mutations that end sessions: ending the
 * shared session of a role would change the answers of every later test.
 */
async function ownSession(api: TestApp, auth: Record<string, string>, caller: Caller): Promise<Record<string, string>> {
  if (caller === 'anonymous') return auth;
  const email = `own-${serial++}@test.marketlens`;
  await api.app.get(AuthService).createUser({ email, name: 'Own', role: caller, password: TEST_PASSWORD });
  return api.login(email, TEST_PASSWORD);
}

/** Who may run each mutation, and a minimal call of it. A new mutation fails the coverage test until it is listed here. */
const POLICY: Record<string, { allowed: readonly Caller[]; call: (api: TestApp, auth: Record<string, string>, caller: Caller) => Promise<GraphqlResponse<unknown>> }> = {
  login: {
    allowed: ANYONE,
    call: (api) => api.graphql('mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }', { email: testEmail('viewer'), password: TEST_PASSWORD }),
  },
  logout: {
    allowed: ROLES,
    call: async (api, auth, caller) => api.graphql('mutation { logout }', {}, await ownSession(api, auth, caller)),
  },
  logoutEverywhere: {
    allowed: ROLES,
    call: async (api, auth, caller) => api.graphql('mutation { logoutEverywhere }', {}, await ownSession(api, auth, caller)),
  },
  changePassword: {
    allowed: ROLES,
    call: async (api, auth, caller) =>
      api.graphql('mutation($next: String!) { changePassword(currentPassword: $next, newPassword: $next) }', { next: TEST_PASSWORD }, await ownSession(api, auth, caller)),
  },
  createUser: {
    allowed: ADMINS,
    call: (api, auth) =>
      api.graphql('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', { input: { email: `made-${serial++}@test.marketlens`, name: 'Made', role: 'viewer', password: 'long enough password' } }, auth),
  },
  deleteUser: {
    allowed: ADMINS,
    call: async (api, auth) => {
      const email = `doomed-${serial++}@test.marketlens`;
      await api.app.get(AuthService).createUser({ email, name: 'Doomed', role: 'viewer', password: TEST_PASSWORD });
      return api.graphql('mutation($email: String!) { deleteUser(email: $email) }', { email }, auth);
    },
  },
  setUserRole: {
    allowed: ADMINS,
    call: (api, auth) => api.graphql('mutation { setUserRole(email: "target@test.marketlens", role: researcher) { role } }', {}, auth),
  },
  createIngestionJob: {
    allowed: RESEARCHERS,
    call: (api, auth) => api.graphql('mutation { createIngestionJob(files: ["a.csv"]) { id } }', {}, auth),
  },
  uploadDataset: {
    allowed: RESEARCHERS,
    call: async (api, auth, caller) => {
      // Allowed callers upload into a job of their own; the others are refused before the job matters.
      const created = RESEARCHERS.includes(caller)
        ? await api.graphql<{ createIngestionJob: { id: string } }>('mutation { createIngestionJob(files: ["a.csv"]) { id } }', {}, auth)
        : undefined;
      return api.sendUpload(auth, created?.data?.createIngestionJob.id ?? randomUUID(), [{ name: 'a.csv', content: CSV }], 'status', `role-matrix-${serial++}`);
    },
  },
  publishIngestionJob: {
    allowed: RESEARCHERS,
    call: (api, auth) => api.graphql('mutation($jobId: ID!) { publishIngestionJob(jobId: $jobId) { status } }', { jobId: randomUUID() }, auth),
  },
  discardIngestionJob: {
    allowed: RESEARCHERS,
    call: (api, auth) => api.graphql('mutation($jobId: ID!) { discardIngestionJob(jobId: $jobId) { status } }', { jobId: randomUUID() }, auth),
  },
  restoreDatasetVersion: {
    allowed: RESEARCHERS,
    call: (api, auth) => api.graphql('mutation { restoreDatasetVersion(dataset: "no-such-dataset", version: 1) { slug } }', {}, auth),
  },
};

const DENIED = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);

describe('every mutation checks the caller’s role', () => {
  let database: TestDatabase;
  let api: TestApp;
  const auth = new Map<Caller, Record<string, string>>();

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await createTestApp(database.url);
    await createTestUsers(api.app);
    await api.app.get(AuthService).createUser({ email: 'target@test.marketlens', name: 'Target', role: 'viewer', password: TEST_PASSWORD });
    auth.set('anonymous', {});
    for (const role of ROLES) auth.set(role, await api.login(testEmail(role), TEST_PASSWORD));
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it('has a policy for every mutation in the schema', async () => {
    const { data } = await api.graphql<{ __type: { fields: Array<{ name: string }> } }>('{ __type(name: "Mutation") { fields { name } } }');
    expect(data!.__type.fields.map((field) => field.name).sort()).toEqual(Object.keys(POLICY).sort());
  });

  for (const [mutation, policy] of Object.entries(POLICY)) {
    for (const caller of CALLERS) {
      const allowed = policy.allowed.includes(caller);
      it(`${mutation}: ${caller} is ${allowed ? 'allowed' : 'denied'}`, async () => {
        const response = await policy.call(api, auth.get(caller)!, caller);
        const codes = (response.errors ?? []).map((error) => String(error.extensions?.['code']));
        if (allowed) {
          expect(codes.filter((code) => DENIED.has(code)), JSON.stringify(response.errors)).toEqual([]);
        } else {
          expect(codes).toEqual([caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN']);
          expect(response.data ?? null).toBeNull();
        }
      });
    }
  }
});
