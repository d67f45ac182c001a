import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startApiProcess, type ApiProcess } from '../testing/api-process.js';
import { multipartBody, OBSERVATIONS_HEADER, postRaw, uploadParts, type RawPart, type RawResponse } from '../testing/raw-multipart.js';
import { rowCounts } from '../testing/row-counts.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { MAX_UPLOAD_FILES } from './dto/ingestion.args.js';

/**
 * The standing abuse suite for uploads: malformed, oversized, truncated, dropped and unauthorised
 * multipart requests against the API as its own process. After every case the process is alive,
 * /health answers within 500 ms, nothing was published, no staging table and no temporary file is left.
 */

const LIMIT = 4 * 1024 * 1024;
const PASSWORD = 'abuse-suite-password';
const BOUNDARY = 'abuse-suite-boundary';
const HEALTHY_MS = 500;
const GOOD_ROW = '2001-09,AIM,AOL,unique_users,28,million,home,US,Abuse panel,\n';

/** `rows` rows of observations, as a CSV of about `rows` × 60 bytes. */
function csv(rows: number, row = (index: number) => `2001-09,Client ${index},Vendor,unique_users,${index},thousand,home,US,Abuse panel,\n`): string {
  return OBSERVATIONS_HEADER + Array.from({ length: rows }, (_, index) => row(index)).join('');
}

/** Rows that are wrong in several columns each, with "did you mean" suggestions to compute: validation's worst case. */
const errorRow = (index: number): string => `2001-13,Client ${index},Vendor,unique_userz,-${index},millions,homes,XX,Abuse panel,\n`;

async function sleep(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

async function eventually(check: () => Promise<void>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(100);
    }
  }
}

function json(response: RawResponse | { error: string }): { errors?: Array<{ message: string; extensions?: { code?: string } }>; data?: Record<string, { id: string; status: string; message: string } | null> } {
  if ('error' in response) throw new Error(`no response: ${response.error}`);
  try {
    return JSON.parse(response.body) as never;
  } catch {
    throw new Error(`not JSON (${response.status}): ${response.body.slice(0, 300)}`);
  }
}

describe('upload abuse: the API survives every malformed, oversized, dropped or unauthorised upload', () => {
  let database: TestDatabase;
  let api: ApiProcess;
  let researcher: Record<string, string>;
  let viewer: Record<string, string>;
  let baseline: Record<string, number>;

  async function graphql<Data>(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): Promise<{ data?: Data; errors?: Array<{ message: string }> }> {
    const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
    return (await response.json()) as never;
  }

  async function login(email: string): Promise<Record<string, string>> {
    const { data, errors } = await graphql<{ login: { token: string } }>('mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }', { email, password: PASSWORD });
    if (!data) throw new Error(`login failed: ${JSON.stringify(errors)}`);
    return { authorization: `Bearer ${data.login.token}` };
  }

  async function createJob(files: string[] = ['upload.csv']): Promise<string> {
    const { data, errors } = await graphql<{ createIngestionJob: { id: string } }>('mutation($files: [String!]!) { createIngestionJob(files: $files) { id } }', { files }, researcher);
    if (!data) throw new Error(`createIngestionJob failed: ${JSON.stringify(errors)}`);
    return data.createIngestionJob.id;
  }

  const uploadHeaders = (auth: Record<string, string> = researcher, boundary = BOUNDARY): Record<string, string> => ({
    ...auth,
    'content-type': `multipart/form-data; boundary=${boundary}`,
    'apollo-require-preflight': 'true',
  });

  async function jobStatus(id: string): Promise<{ status: string; message: string | null }> {
    const { rows } = await database.pool.query<{ status: string; message: string | null }>('SELECT status, message FROM ingestion_jobs WHERE id = $1', [id]);
    return rows[0]!;
  }

  async function waitForJob(id: string, predicate: (job: { status: string; rows_validated: string }) => boolean, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { rows } = await database.pool.query<{ status: string; rows_validated: string }>('SELECT status, rows_validated FROM ingestion_jobs WHERE id = $1', [id]);
      if (rows[0] && predicate(rows[0])) return;
      if (Date.now() > deadline) throw new Error(`job ${id} never reached the expected state: ${JSON.stringify(rows[0])}`);
      await sleep(20);
    }
  }

  /** What every case ends with: alive, responsive, nothing published or staged, no temporary file, no job left receiving. */
  async function expectUnharmed(): Promise<void> {
    expect(api.isAlive(), api.output().slice(-3000)).toBe(true);
    expect(await api.healthLatency()).toBeLessThan(HEALTHY_MS);
    expect(await rowCounts(database.pool)).toEqual(baseline);
    await eventually(async () => {
      const staged = await database.pool.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'staging'");
      expect(staged.rows[0].n).toBe(0);
    });
    await eventually(async () => expect(await api.leftoverTempFiles()).toEqual([]));
    await eventually(async () => {
      const receiving = await database.pool.query("SELECT id, message FROM ingestion_jobs WHERE status = 'receiving'");
      expect(receiving.rows).toEqual([]);
    });
  }

  /** A refusal that must come before the body is read: the client sends a little and waits for the answer. */
  async function refusedUpFront(headers: Record<string, string>, contentLength: number | null = 3 * LIMIT): Promise<RawResponse> {
    const body = multipartBody(BOUNDARY, uploadParts(randomUUID(), [{ name: 'big.csv', content: csv(80_000) }]));
    const started = Date.now();
    const response = await postRaw(api.url, { headers, body, contentLength, sendOnly: 256 * 1024, hangUp: () => sleep(3_000) });
    if ('error' in response) throw new Error(`no answer before the body was sent (${response.error})`);
    expect(Date.now() - started).toBeLessThan(2_500);
    expect(await api.leftoverTempFiles()).toEqual([]);
    return response;
  }

  const startApi = (): Promise<ApiProcess> => startApiProcess({ databaseUrl: database.url, env: { UPLOAD_MAX_BYTES: String(LIMIT), DEMO_PASSWORD: PASSWORD } });

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await startApi();
    researcher = await login('researcher@marketlens.local');
    viewer = await login('viewer@marketlens.local');
    baseline = await rowCounts(database.pool);
  });

  // One case that kills the process must not hide what the next one does.
  beforeEach(async () => {
    if (api.isAlive() && (await api.healthLatency(2_000).then(() => true, () => false))) return;
    console.error(`the API died; its last output:\n${api.output().slice(-4000)}`);
    await api.stop();
    api = await startApi();
  });

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  describe('refused before any byte is written to disk', () => {
    it('an anonymous multipart request: 401', async () => {
      const response = await refusedUpFront(uploadHeaders({}));
      expect(response.status).toBe(401);
      expect(json(response).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      await expectUnharmed();
    });

    it('a multipart request with an invalid token: 401', async () => {
      const response = await refusedUpFront(uploadHeaders({ authorization: 'Bearer not-a-token' }));
      expect(response.status).toBe(401);
      await expectUnharmed();
    });

    it('a viewer’s multipart request: 403', async () => {
      const response = await refusedUpFront(uploadHeaders(viewer));
      expect(response.status).toBe(403);
      expect(json(response).errors?.[0]?.message).toMatch(/researcher or admin/);
      await expectUnharmed();
    });

    it('a multipart request without a CSRF preflight header: 400', async () => {
      const { 'apollo-require-preflight': _, ...headers } = uploadHeaders();
      const response = await refusedUpFront(headers);
      expect(response.status).toBe(400);
      expect(json(response).errors?.[0]?.message).toMatch(/Cross-Site Request Forgery/);
      await expectUnharmed();
    });

    it('a body declared larger than the files allowed: 413', async () => {
      const response = await refusedUpFront(uploadHeaders(), (MAX_UPLOAD_FILES + 1) * LIMIT + 1);
      expect(response.status).toBe(413);
      expect(json(response).errors?.[0]?.message).toMatch(/larger than/);
      await expectUnharmed();
    });

    it('a body of unknown length (chunked): 411', async () => {
      const response = await refusedUpFront(uploadHeaders(), null);
      expect(response.status).toBe(411);
      await expectUnharmed();
    });

    it('a multipart content type without a boundary: 400 at once', async () => {
      const response = await refusedUpFront({ ...uploadHeaders(), 'content-type': 'multipart/form-data' });
      expect(response.status).toBe(400);
      expect(json(response).errors?.[0]?.message).toMatch(/boundary/);
      await expectUnharmed();
    });
  });

  describe('malformed multipart bodies get a clear 4xx', () => {
    const cases: Array<{ name: string; parts: () => Promise<RawPart[]>; boundary?: string; status: number; message: RegExp }> = [
      {
        name: 'a body whose boundary is not the declared one',
        parts: async () => uploadParts(await createJob(), [{ name: 'upload.csv', content: csv(10) }]),
        boundary: 'some-other-boundary',
        status: 400,
        message: /multipart/i,
      },
      {
        name: 'operations that are not JSON',
        parts: async () => [{ name: 'operations', content: '{"query": "mutation {' }, { name: 'map', content: '{}' }],
        status: 400,
        message: /Invalid JSON in the ‘operations’ multipart field/,
      },
      {
        name: 'a map that is not an object',
        parts: async () => [{ name: 'operations', content: '{"query": "{ __typename }"}' }, { name: 'map', content: '[1]' }],
        status: 400,
        message: /Invalid type for the ‘map’ multipart field/,
      },
      {
        name: 'more files than allowed',
        parts: async () =>
          uploadParts(await createJob(), Array.from({ length: MAX_UPLOAD_FILES + 2 }, (_, index) => ({ name: `file-${index}.csv`, content: csv(2) }))),
        status: 413,
        message: /max file uploads exceeded/,
      },
      {
        name: 'a field value over the field limit',
        parts: async () => [{ name: 'operations', content: JSON.stringify({ query: `{ __typename }`, variables: { padding: 'x'.repeat(1_100_000) } }) }, { name: 'map', content: '{}' }],
        status: 413,
        message: /exceeds the \d+ byte size limit/,
      },
    ];

    for (const each of cases) {
      it(`${each.name}: ${each.status}`, async () => {
        const body = multipartBody(BOUNDARY, await each.parts());
        const response = await postRaw(api.url, { headers: uploadHeaders(researcher, each.boundary ?? BOUNDARY), body, timeoutMs: 5_000 });
        if ('error' in response) throw new Error(`no answer: ${response.error}`);
        expect(response.status, response.body).toBe(each.status);
        expect(json(response).errors?.[0]?.message).toMatch(each.message);
        await expectUnharmed();
      });
    }
  });

  describe('uploads that go wrong half-way fail their job, clearly', () => {
    it('a file over UPLOAD_MAX_BYTES sent without bytesTotal', async () => {
      const jobId = await createJob();
      const body = multipartBody(BOUNDARY, uploadParts(jobId, [{ name: 'big.csv', content: csv(Math.ceil((LIMIT * 1.5) / 60)) }]));
      const response = await postRaw(api.url, { headers: uploadHeaders(), body });
      expect(json(response).data?.['uploadDataset']).toMatchObject({ status: 'failed', message: 'a file is larger than the upload limit of 4 MB' });
      await expectUnharmed();
    });

    it('a client that drops the connection mid-upload', async () => {
      const jobId = await createJob();
      const body = multipartBody(BOUNDARY, uploadParts(jobId, [{ name: 'dropped.csv', content: csv(60_000) }]));
      const response = await postRaw(api.url, {
        headers: uploadHeaders(),
        body,
        sendOnly: Math.floor(body.length / 2),
        hangUp: () => waitForJob(jobId, (job) => Number(job.rows_validated) > 0),
      });
      expect(response).toEqual({ error: 'hung up' });
      await eventually(async () => expect(await jobStatus(jobId)).toEqual({ status: 'failed', message: 'the upload was cut off before its end (the connection closed); nothing was stored' }));
      await expectUnharmed();
    });

    it('a map naming a file that is never sent', async () => {
      const jobId = await createJob(['a.csv', 'b.csv']);
      const parts = uploadParts(jobId, [{ name: 'a.csv', content: csv(10) }, { name: 'b.csv', content: csv(10) }]).slice(0, 3);
      const response = await postRaw(api.url, { headers: uploadHeaders(), body: multipartBody(BOUNDARY, parts), timeoutMs: 10_000 });
      expect(json(response).data?.['uploadDataset']).toMatchObject({ status: 'failed', message: 'file 2 of 2 named in the request was never sent; nothing was stored' });
      await expectUnharmed();
    });

    it('a body that ends without its closing boundary', async () => {
      const jobId = await createJob();
      const body = multipartBody(BOUNDARY, uploadParts(jobId, [{ name: 'upload.csv', content: csv(10) }]), { close: false });
      const response = await postRaw(api.url, { headers: uploadHeaders(), body, timeoutMs: 10_000 });
      expect(json(response).data?.['uploadDataset']).toMatchObject({ status: 'failed', message: 'the multipart request is malformed (Unexpected end of form); nothing was stored' });
      await expectUnharmed();
    });

    it('a NUL in a file name: BAD_USER_INPUT, not an internal error', async () => {
      // RFC 5987's filename* carries any character, NUL included, into the file name.
      const encoded = uploadParts(await createJob(), [{ name: 'x.csv', content: csv(3) }]);
      const withNul = multipartBody(BOUNDARY, encoded).toString('latin1').replace('filename="x.csv"', "filename*=UTF-8''bad%00name.csv");
      const { errors } = json(await postRaw(api.url, { headers: uploadHeaders(), body: Buffer.from(withNul, 'latin1') }));
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.message).toBe('file name "bad\\u0000name.csv" contains a control character; rename the file');
      // A raw NUL byte breaks the part's header: the job fails, saying so.
      const raw = await postRaw(api.url, { headers: uploadHeaders(), body: multipartBody(BOUNDARY, uploadParts(await createJob(), [{ name: 'bad\u0000name.csv', content: csv(3) }])) });
      expect(json(raw).data?.['uploadDataset']).toMatchObject({ status: 'failed', message: 'the multipart request is malformed (Malformed part header); nothing was stored' });
      const named = await graphql<unknown>('mutation($files: [String!]!) { createIngestionJob(files: $files) { id } }', { files: ['x\u0000.csv'] }, researcher);
      expect(named.errors?.[0]).toMatchObject({ message: 'files must be file names without control characters', extensions: { code: 'BAD_USER_INPUT' } });
      await expectUnharmed();
    });

    it('files sent to a job that does not exist, or is already used, are answered and cleaned up', async () => {
      const unknown = await postRaw(api.url, { headers: uploadHeaders(), body: multipartBody(BOUNDARY, uploadParts(randomUUID(), [{ name: 'a.csv', content: csv(20_000) }])) });
      expect(json(unknown).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const jobId = await createJob();
      const first = await postRaw(api.url, { headers: uploadHeaders(), body: multipartBody(BOUNDARY, uploadParts(jobId, [{ name: 'a.csv', content: OBSERVATIONS_HEADER + GOOD_ROW }])) });
      expect(json(first).data?.['uploadDataset']?.status).toBe('validated');
      const again = await postRaw(api.url, { headers: uploadHeaders(), body: multipartBody(BOUNDARY, uploadParts(jobId, [{ name: 'a.csv', content: csv(20_000) }, { name: 'b.csv', content: csv(20_000) }])) });
      expect(json(again).errors?.[0]?.extensions?.code).toBe('CONFLICT');
      await graphql('mutation($jobId: ID!) { discardIngestionJob(jobId: $jobId) { status } }', { jobId }, researcher);
      await expectUnharmed();
    });
  });

  /** The same error rows as a JSON array of objects (parsed whole: the heaviest single step of validation). */
  function jsonOf(content: string): string {
    const [header, ...rows] = content.trimEnd().split('\n');
    const columns = header!.split(',');
    return `[\n${rows.map((row) => JSON.stringify(Object.fromEntries(row.split(',').map((value, index) => [columns[index], value])))).join(',\n')}\n]\n`;
  }

  for (const format of ['csv', 'json'] as const) {
    it(`keeps /health fast while a large ${format.toUpperCase()} file of error rows is validated`, async () => {
      const rows = csv(Math.floor((LIMIT * 0.9) / errorRow(99_999).length / (format === 'json' ? 2.2 : 1)), errorRow);
      const content = format === 'json' ? jsonOf(rows) : rows;
      expect(content.length).toBeLessThan(LIMIT);
      const jobId = await createJob();
      const body = multipartBody(BOUNDARY, uploadParts(jobId, [{ name: `errors.${format}`, content }]));
      let done = false;
      const upload = postRaw(api.url, { headers: uploadHeaders(), body }).finally(() => (done = true));
      const latencies: number[] = [];
      while (!done) {
        latencies.push(await api.healthLatency());
        await sleep(50);
      }
      const job = json(await upload).data?.['uploadDataset'];
      expect(job?.status, job?.message).toBe('rejected');
      expect(latencies.length).toBeGreaterThan(5);
      latencies.sort((a, b) => a - b);
      console.log(`/health while validating ${(content.length / 1024 / 1024).toFixed(1)} MB of error rows (${format}): median ${latencies[latencies.length >> 1]!.toFixed(0)} ms, max ${latencies.at(-1)!.toFixed(0)} ms over ${latencies.length} probes`);
      expect(latencies.at(-1)).toBeLessThan(HEALTHY_MS);
      await expectUnharmed();
    });
  }
});
