import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFolder } from '../testing/ingest-folder.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { createTestUsers, TEST_PASSWORD, testEmail } from '../testing/test-users.js';

const SHARE_BASICS = fileURLToPath(new URL('../testing/fixtures/share-basics', import.meta.url));
const VERSIONS = '{ datasets { slug versions { createdBy createdByEmail } } }';

interface Listed {
  datasets: Array<{ slug: string; versions: Array<{ createdBy: string; createdByEmail: string | null }> }>;
}

describe('who uploaded a dataset version', () => {
  let database: TestDatabase;
  let api: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await createTestApp(database.url);
    await createTestUsers(api.app);
    await ingestFolder(api.app, SHARE_BASICS, testEmail('researcher'));
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  const versionsSeenBy = async (headers: Record<string, string>) => {
    const { data, errors } = await api.graphql<Listed>(VERSIONS, {}, headers);
    expect(errors).toBeUndefined();
    return data!.datasets.find((dataset) => dataset.slug === 'share-basics')!.versions;
  };

  it('is a display name, never an email, for visitors, viewers and researchers', async () => {
    const callers = [{}, await api.login(testEmail('viewer'), TEST_PASSWORD), await api.login(testEmail('researcher'), TEST_PASSWORD)];
    for (const headers of callers) {
      const versions = await versionsSeenBy(headers);
      expect(versions).toEqual([{ createdBy: 'Test researcher', createdByEmail: null }]);
      expect(JSON.stringify(versions)).not.toContain('@');
    }
  });

  it('comes with the email for admins', async () => {
    expect(await versionsSeenBy(await api.login(testEmail('admin'), TEST_PASSWORD))).toEqual([{ createdBy: 'Test researcher', createdByEmail: testEmail('researcher') }]);
  });

  it('says "a former user" once the uploader’s account is gone, and never shows the email it was', async () => {
    await database.pool.query('DELETE FROM users WHERE email = $1', [testEmail('researcher')]);
    expect(await versionsSeenBy({})).toEqual([{ createdBy: 'a former user', createdByEmail: null }]);
  });
});
