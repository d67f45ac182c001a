import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFolder } from '../testing/ingest-folder.js';
import { rowCounts } from '../testing/row-counts.js';
import { createTestApp, type TestApp, type UploadFile } from '../testing/test-app.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { createTestUsers, TEST_PASSWORD, testEmail } from '../testing/test-users.js';

const FIXTURES = fileURLToPath(new URL('./fixtures', import.meta.url));
const CATALOG = fileURLToPath(new URL('../../../../datasets/catalog', import.meta.url));
const UPLOAD_LIMIT = 100_000;

/** A fixture file, or every file of a fixture folder (a dataset with its datapackage.json). */
function filesOf(path: string): UploadFile[] {
  if (!statSync(path).isDirectory()) return [{ name: path.split('/').pop()!, content: readFileSync(path) }];
  return readdirSync(path).map((name) => ({ name, content: readFileSync(join(path, name)) }));
}

const JOB = 'status message problemCount problems { file line column value message } rowsValidated preview { line values { name value } }';

interface Job {
  status: string;
  message: string;
  problemCount: number;
  problems: Array<{ file: string; line: number; column: string | null; value: string | null; message: string }>;
  rowsValidated: number;
}

/** Each rejected fixture: the first problem's file, line and column, and what its message says. */
const REJECTIONS: Record<string, { file?: string; line: number; column?: string | null; message: RegExp }> = {
  'empty.csv': { line: 0, message: /is empty/ },
  'header-only.csv': { line: 1, message: /has a header but no rows/ },
  'missing-column.csv': { line: 1, column: 'unit', message: /is missing from the header/ },
  'duplicate-column.csv': { line: 1, column: 'note', message: /appears twice in the header/ },
  'ragged-row.csv': { line: 3, column: null, message: /has 9 fields; the header has 10/ },
  'unbalanced-quotes.csv': { line: 4, message: /unbalanced quotes/ },
  'nul-byte.csv': { line: 3, column: 'note', message: /contains a NUL byte/ },
  'nan.csv': { line: 3, column: 'value', message: /is not a finite number/ },
  'infinity.csv': { line: 2, column: 'value', message: /is not a finite number/ },
  'negative-count.csv': { line: 4, column: 'value', message: /is negative; unique_users cannot be below zero/ },
  'percent-over-100.csv': { line: 2, column: 'value', message: /is a percent outside 0–100/ },
  'impossible-date.csv': { line: 3, column: 'period', message: /is not a valid date; expected a day that exists in 2001-02/ },
  'free-text-date.csv': { line: 2, column: 'period', message: /expected a period as YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD/ },
  'conflicting-duplicates.csv': { line: 4, message: /conflicts with line 2/ },
  'alias-duplicates.csv': { line: 3, message: /repeats line 2/ },
  'unknown-metric.csv': { line: 2, column: 'metric', message: /did you mean unique_users\?/ },
  'unknown-unit.csv': { line: 3, column: 'unit', message: /did you mean million\?/ },
  'bad-geography.csv': { line: 2, column: 'geography', message: /is not a known geography code/ },
  'unit-does-not-fit-metric.csv': { line: 2, column: 'unit', message: /does not fit metric unique_users/ },
  'invalid.json': { line: 3, message: /is not valid JSON/ },
  'nested.json': { line: 16, column: 'product', message: /must be a string, number or null/ },
  'event-unknown-actor.csv': { line: 3, column: 'actors', message: /Nonexistent Corp|is not a known vendor or product/ },
  'unknown-source': { file: 'observations.csv', line: 3, column: 'source', message: /is not a source id in datapackage.json \(sources: jmm-2001\)/ },
  'bad-datapackage': { file: 'datapackage.json', line: 1, column: 'name', message: /must be a slug/ },
};

describe('uploading datasets', () => {
  let database: TestDatabase;
  let api: TestApp;
  let researcher: Record<string, string>;

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await createTestApp(database.url, { UPLOAD_MAX_BYTES: String(UPLOAD_LIMIT) });
    await createTestUsers(api.app);
    await ingestFolder(api.app, CATALOG);
    researcher = await api.login(testEmail('researcher'), TEST_PASSWORD);
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it('covers every not-ok fixture', () => {
    expect(readdirSync(join(FIXTURES, 'not-ok')).sort()).toEqual(Object.keys(REJECTIONS).sort());
  });

  for (const [fixture, expected] of Object.entries(REJECTIONS)) {
    it(`rejects ${fixture} naming line ${expected.line}, and stores nothing`, async () => {
      const before = await rowCounts(database.pool);
      const { data, errors } = await api.upload<{ uploadDataset: Job }>(researcher, filesOf(join(FIXTURES, 'not-ok', fixture)), JOB);
      expect(errors).toBeUndefined();
      const job = data!.uploadDataset;
      expect(job.status).toBe('rejected');
      const [first] = job.problems;
      expect(first, JSON.stringify(job.problems)).toMatchObject({ file: expected.file ?? fixture, line: expected.line, ...(expected.column !== undefined ? { column: expected.column } : {}) });
      expect(first!.message).toMatch(expected.message);
      expect(job.message).toMatch(/nothing was stored/);
      expect(await rowCounts(database.pool)).toEqual(before);
      const staged = await database.pool.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'staging'");
      expect(staged.rows[0].n).toBe(0);
    });
  }

  it('rejects a field over 64 KiB and more than 64 columns', async () => {
    const long = `2001-09,AIM,AOL,unique_users,28,million,home,US,panel,${'x'.repeat(65 * 1024)}\n`;
    const wide = `${Array.from({ length: 65 }, (_, index) => `c${index}`).join(',')}\n${Array.from({ length: 65 }, () => '1').join(',')}\n`;
    const header = 'period,product,vendor,metric,value,unit,segment,geography,source,note\n';
    const tooLong = await api.upload<{ uploadDataset: Job }>(researcher, [{ name: 'long.csv', content: header + long }], JOB);
    expect(tooLong.data!.uploadDataset.problems[0]).toMatchObject({ line: 2, column: 'note', message: 'is longer than 64 KiB' });
    const tooWide = await api.upload<{ uploadDataset: Job }>(researcher, [{ name: 'wide.csv', content: wide }], JOB);
    expect(tooWide.data!.uploadDataset.status).toBe('rejected');
    expect(tooWide.data!.uploadDataset.problems[0]!.file).toBe('wide.csv');
  });

  it('refuses a file over the upload limit', async () => {
    const before = await rowCounts(database.pool);
    const header = 'period,product,vendor,metric,value,unit,segment,geography,source,note\n';
    const big = header + Array.from({ length: 2_000 }, (_, index) => `2001-09,P${index},V,unique_users,${index},million,home,US,panel,\n`).join('');
    expect(big.length).toBeGreaterThan(UPLOAD_LIMIT);
    const { data, errors } = await api.upload<{ uploadDataset: Job }>(researcher, [{ name: 'big.csv', content: big }], JOB);
    expect(errors).toBeUndefined();
    expect(data!.uploadDataset).toMatchObject({ status: 'failed', message: 'a file is larger than the upload limit of 98 KB' });
    expect(await rowCounts(database.pool)).toEqual(before);
  });

  it('publishes every ok fixture with its text kept exactly, markup and formulas included', async () => {
    for (const fixture of readdirSync(join(FIXTURES, 'ok'))) {
      const { data } = await api.upload<{ uploadDataset: Job & { id: string } }>(researcher, filesOf(join(FIXTURES, 'ok', fixture)), `id ${JOB}`);
      expect(data!.uploadDataset.status, `${fixture}: ${JSON.stringify(data!.uploadDataset.problems)}`).toBe('validated');
      const published = await api.graphql<{ publishIngestionJob: { status: string } }>(
        'mutation($jobId: ID!) { publishIngestionJob(jobId: $jobId) { status } }',
        { jobId: data!.uploadDataset.id },
        researcher,
      );
      expect(published.data!.publishIngestionJob.status, fixture).toBe('published');
    }
    const products = await database.pool.query<{ name: string }>('SELECT name FROM products WHERE name LIKE $1 OR name LIKE $2 OR name LIKE $3 ORDER BY name', ['<script>%', '=HYPERLINK%', '@cmd']);
    expect(products.rows.map((row) => row.name)).toEqual(['<script>alert(1)</script>', '=HYPERLINK("http://x","click")', '@cmd']);
    const notes = await database.pool.query<{ note: string }>("SELECT note FROM observations WHERE note LIKE '%as reported%' OR note = '+SUM(A1:A2)'");
    expect(notes.rows.map((row) => row.note).sort()).toEqual(['+SUM(A1:A2)', 'quoted "as reported", with commas']);
  });

  it('says so, and changes nothing, when the same content is uploaded again', async () => {
    const files = filesOf(join(FIXTURES, 'ok', 'with-datapackage'));
    const before = await rowCounts(database.pool);
    const { data } = await api.upload<{ uploadDataset: { id: string; status: string } }>(researcher, files, 'id status');
    const again = await api.graphql<{ publishIngestionJob: { status: string; message: string } }>(
      'mutation($jobId: ID!) { publishIngestionJob(jobId: $jobId) { status message } }',
      { jobId: data!.uploadDataset.id },
      researcher,
    );
    expect(again.data!.publishIngestionJob).toEqual({ status: 'unchanged', message: 'identical to version 1 of fixture-panel: nothing changed' });
    expect(await rowCounts(database.pool)).toEqual(before);
  });

  it('replaces a dataset by a new version atomically, lists the old one and restores it', async () => {
    const header = 'period,product,vendor,metric,value,unit,segment,geography,source,note\n';
    const version = async (aim: number) => {
      const { data } = await api.upload<{ uploadDataset: { id: string } }>(researcher, [{ name: 'panel.csv', content: `${header}2003-01,AIM,AOL,unique_users,${aim},million,work,US,Versioned panel,\n2003-01,ICQ,AOL,unique_users,10,million,work,US,Versioned panel,\n` }], 'id', 'versioned-panel');
      await api.graphql('mutation($jobId: ID!) { publishIngestionJob(jobId: $jobId) { status } }', { jobId: data!.uploadDataset.id }, researcher);
    };
    const aimValue = async () =>
      (await database.pool.query<{ value: number }>(
        `SELECT o.original_value AS value FROM observations o JOIN datasets d ON d.current_version_id = o.dataset_version_id JOIN products p ON p.id = o.product_id
         WHERE d.slug = 'versioned-panel' AND p.name = 'AIM'`,
      )).rows.map((row) => row.value);
    await version(30);
    await version(40);
    expect(await aimValue()).toEqual([40]);
    const listed = await api.graphql<{ datasets: Array<{ slug: string; currentVersion: number; versions: Array<{ number: number; current: boolean; createdBy: string; rowCount: number }>; sources: Array<{ title: string }> }> }>(
      '{ datasets { slug currentVersion versions { number current createdBy rowCount } sources { title } } }',
    );
    const dataset = listed.data!.datasets.find((candidate) => candidate.slug === 'versioned-panel')!;
    expect(dataset.versions).toEqual([
      { number: 2, current: true, createdBy: 'Test researcher', rowCount: 2 },
      { number: 1, current: false, createdBy: 'Test researcher', rowCount: 2 },
    ]);
    expect(dataset.sources).toEqual([{ title: 'Versioned panel' }]);
    const restored = await api.graphql<{ restoreDatasetVersion: { currentVersion: number } }>(
      'mutation { restoreDatasetVersion(dataset: "versioned-panel", version: 1) { currentVersion } }',
      {},
      researcher,
    );
    expect(restored.data!.restoreDatasetVersion.currentVersion).toBe(1);
    expect(await aimValue()).toEqual([30]);
  });

  it('compares products an upload introduces in the shares of the panel that measured them', async () => {
    const csv = 'period,product,vendor,metric,value,unit,segment,geography,source,note\n2004-01,Newcomer Chat,Newco,unique_users,3,million,home,US,Newcomer panel 2004,\n2004-01,Other Newcomer,Newco,unique_users,1,million,home,US,Newcomer panel 2004,\n';
    const { data } = await api.upload<{ uploadDataset: { id: string } }>(researcher, [{ name: 'newcomers.csv', content: csv }], 'id');
    const published = await api.graphql<{ publishIngestionJob: { result: { createdProducts: string[] } } }>(
      'mutation($jobId: ID!) { publishIngestionJob(jobId: $jobId) { result { createdProducts } } }',
      { jobId: data!.uploadDataset.id },
      researcher,
    );
    expect(published.data!.publishIngestionJob.result.createdProducts).toEqual(['Newcomer Chat', 'Other Newcomer']);
    const views = await api.graphql<{ marketShareViews: Array<{ source: { title: string }; productCount: number }> }>('{ marketShareViews { source { title } productCount } }');
    expect(views.data!.marketShareViews.find((view) => view.source.title === 'Newcomer panel 2004')?.productCount).toBe(2);
  });

  it('lists the first 100 problems and counts them all', async () => {
    const header = 'period,product,vendor,metric,value,unit,segment,geography,source,note\n';
    const bad = header + Array.from({ length: 150 }, (_, index) => `2001-09,P${index},V,unique_users,oops,million,home,US,panel,\n`).join('');
    const { data } = await api.upload<{ uploadDataset: Job }>(researcher, [{ name: 'many.csv', content: bad }], JOB);
    expect(data!.uploadDataset.problemCount).toBe(150);
    expect(data!.uploadDataset.problems).toHaveLength(100);
    expect(data!.uploadDataset.problems[99]!.line).toBe(101);
  });
});
