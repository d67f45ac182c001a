import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFolder } from '../testing/ingest-folder.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { createTestUsers, TEST_PASSWORD, testEmail } from '../testing/test-users.js';

const SHARE_BASICS = fileURLToPath(new URL('../testing/fixtures/share-basics', import.meta.url));
const CSV = 'period,product,vendor,metric,value,unit,segment,geography,source,note\n2001-09,AIM,AOL,unique_users,28,million,home,US,panel,\n';

describe('source links', () => {
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

  it('an upload whose source links to javascript: is rejected, saying where, and stores nothing', async () => {
    const datapackage = JSON.stringify(
      { name: 'scripted', title: 'Scripted', sources: [{ id: 'panel', title: 'Panel', path: 'javascript:alert(document.cookie)' }], resources: [{ path: 'observations.csv', profile: 'observations' }] },
      null,
      2,
    );
    const researcher = await api.login(testEmail('researcher'), TEST_PASSWORD);
    const { data } = await api.upload<{ uploadDataset: { status: string; problems: Array<Record<string, unknown>> } }>(
      researcher,
      [{ name: 'datapackage.json', content: datapackage }, { name: 'observations.csv', content: CSV }],
      'status problems { file line column value message }',
    );
    expect(data!.uploadDataset.status).toBe('rejected');
    expect(data!.uploadDataset.problems).toEqual([
      { file: 'datapackage.json', line: 8, column: 'sources.0.path', value: 'javascript:alert(document.cookie)', message: 'must be an http:// or https:// address (the link readers follow to the source)' },
    ]);
    expect((await database.pool.query("SELECT 1 FROM sources WHERE url LIKE 'javascript:%'")).rowCount).toBe(0);
  });

  it('a non-http link stored before links were checked is served as no link', async () => {
    await ingestFolder(api.app, SHARE_BASICS);
    await database.pool.query("UPDATE sources SET url = 'javascript:alert(1)' WHERE title = 'Panel A release'");
    await database.pool.query("UPDATE sources SET url = 'https://example.org/panel-b' WHERE title = 'Panel B release'");
    const { data } = await api.graphql<{ datasets: Array<{ sources: Array<{ title: string; url: string | null }> }> }>('{ datasets { sources { title url } } }');
    expect(data!.datasets[0]!.sources).toEqual([
      { title: 'Panel A release', url: null },
      { title: 'Panel B release', url: 'https://example.org/panel-b' },
    ]);
  });
});
