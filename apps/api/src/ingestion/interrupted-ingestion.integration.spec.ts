import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiProcess, type ApiProcess } from '../testing/api-process.js';
import { multipartBody, postRaw, uploadParts } from '../testing/raw-multipart.js';
import { rowCounts } from '../testing/row-counts.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { IngestionJobs } from './ingestion-jobs.service.js';
import { DatasetPublisher } from '../datasets/dataset-publisher.service.js';

const API_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(API_ROOT, 'dist/ingestion/cli/ingest-cli.js');
const ROWS = 400_000;

async function writeLargeCsv(path: string): Promise<void> {
  const out = createWriteStream(path);
  out.write('period,product,vendor,metric,value,unit,segment,geography,source,note\n');
  for (let index = 0; index < ROWS; index++) {
    // 50 products × 10 sources per month: every series point once.
    const months = Math.floor(index / 500);
    const period = `${1990 + Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}`;
    const line = `${period},Client ${index % 50},Vendor ${index % 7},unique_users,${index},thousand,home,US,Kill-test panel ${Math.floor(index / 50) % 10},\n`;
    if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve(undefined))));
}

async function waitFor<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

describe('an ingestion killed mid-way leaves nothing partial', () => {
  let database: TestDatabase;
  let api: TestApp;
  let directory: string;
  let file: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await createTestApp(database.url);
    directory = await mkdtemp(join(tmpdir(), 'marketlens-kill-'));
    file = join(directory, 'large.csv');
    await writeLargeCsv(file);
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
    if (directory) await rm(directory, { recursive: true, force: true });
  });

  const startCli = (...args: string[]): ChildProcess =>
    spawn(process.execPath, [CLI, file, ...args], { env: { ...process.env, DATABASE_URL: database.url, LOG_LEVEL: 'silent' }, stdio: 'ignore' });

  it('while receiving: SIGKILL half-way, nothing is published, and the interrupted job is cleaned up', async () => {
    const before = await rowCounts(database.pool);
    const cli = startCli('--dataset', 'kill-while-receiving');
    const jobId = await waitFor(async () => {
      const { rows } = await database.pool.query<{ id: string; rows_validated: string }>("SELECT id, rows_validated FROM ingestion_jobs WHERE dataset = 'kill-while-receiving'");
      return rows[0] && Number(rows[0].rows_validated) > ROWS / 10 ? rows[0].id : undefined;
    }, 'the CLI to validate a tenth of the rows');
    cli.kill('SIGKILL');
    await killed(cli);
    expect(await rowCounts(database.pool)).toEqual(before);
    const job = await api.app.get(IngestionJobs).get(jobId);
    expect(job.status).toBe('receiving');
    expect(job.rowsValidated).toBeLessThan(ROWS);

    // The job goes quiet; the next ingestion to start expires it and frees its staging rows.
    await database.pool.query("UPDATE ingestion_jobs SET updated_at = now() - interval '1 hour' WHERE id = $1", [jobId]);
    expect(await api.app.get(IngestionJobs).expireAbandoned()).toBe(1);
    expect((await api.app.get(IngestionJobs).get(jobId)).status).toBe('failed');
    const staged = await database.pool.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'staging' AND tablename LIKE $1", [`job_${jobId.replace(/-/g, '')}%`]);
    expect(staged.rows[0].n).toBe(0);
  });

  it('while publishing: SIGKILL inside the publishing transaction rolls it all back, and publishing again works', async () => {
    const before = await rowCounts(database.pool);
    const cli = startCli('--dataset', 'kill-while-publishing');
    await waitFor(async () => {
      const { rows } = await database.pool.query("SELECT pid FROM pg_stat_activity WHERE state = 'active' AND query LIKE '%INSERT INTO observations%' AND pid <> pg_backend_pid()");
      return rows.length > 0 ? true : undefined;
    }, 'the publishing INSERT to run');
    cli.kill('SIGKILL');
    await killed(cli);
    // PostgreSQL notices the dropped connection and rolls the transaction back.
    await waitFor(async () => {
      const { rows } = await database.pool.query("SELECT 1 FROM pg_stat_activity WHERE query LIKE '%INSERT INTO observations%' AND pid <> pg_backend_pid() AND state <> 'idle'");
      return rows.length === 0 ? true : undefined;
    }, 'the killed transaction to end');
    expect(await rowCounts(database.pool)).toEqual(before);
    const { rows } = await database.pool.query<{ id: string; status: string }>("SELECT id, status FROM ingestion_jobs WHERE dataset = 'kill-while-publishing'");
    expect(rows[0]!.status).toBe('validated');

    const result = await api.app.get(DatasetPublisher).publish(rows[0]!.id, 'test');
    expect(result).toMatchObject({ status: 'published', version: 1, rows: { observations: ROWS } });
    expect((await rowCounts(database.pool))['observations']).toBe(ROWS);
  });
});

describe('the API killed (SIGKILL) mid-upload or mid-publish leaves nothing partial, and no temporary file', () => {
  const PASSWORD = 'interrupted-suite-password';
  let database: TestDatabase;
  let directory: string;
  let csv: Buffer;
  const processes: ApiProcess[] = [];

  const start = async (tmpDir?: string): Promise<ApiProcess> => {
    const api = await startApiProcess({ databaseUrl: database.url, env: { DEMO_PASSWORD: PASSWORD }, ...(tmpDir ? { tmpDir } : {}) });
    processes.push(api);
    return api;
  };

  async function graphql<Data>(api: ApiProcess, query: string, variables: Record<string, unknown>, auth: Record<string, string> = {}): Promise<{ data?: Data; errors?: unknown }> {
    const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: JSON.stringify({ query, variables }) });
    return (await response.json()) as never;
  }

  async function login(api: ApiProcess): Promise<Record<string, string>> {
    const { data } = await graphql<{ login: { token: string } }>(api, 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }', { email: 'researcher@marketlens.local', password: PASSWORD });
    return { authorization: `Bearer ${data!.login.token}` };
  }

  async function createJob(api: ApiProcess, auth: Record<string, string>): Promise<string> {
    const { data } = await graphql<{ createIngestionJob: { id: string } }>(api, 'mutation { createIngestionJob(files: ["large.csv"]) { id } }', {}, auth);
    return data!.createIngestionJob.id;
  }

  const uploadBody = (jobId: string, dataset: string): Buffer => multipartBody('kill-boundary', uploadParts(jobId, [{ name: 'large.csv', content: csv }], dataset));
  const uploadHeaders = (auth: Record<string, string>) => ({ ...auth, 'content-type': 'multipart/form-data; boundary=kill-boundary', 'apollo-require-preflight': 'true' });

  async function killed(api: ApiProcess): Promise<void> {
    api.child.kill('SIGKILL');
    await new Promise<void>((resolve) => (api.isAlive() ? api.child.once('exit', () => resolve()) : resolve()));
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    directory = await mkdtemp(join(tmpdir(), 'marketlens-kill-api-'));
    await writeLargeCsv(join(directory, 'large.csv'));
    csv = await readFile(join(directory, 'large.csv'));
  });

  afterAll(async () => {
    for (const api of processes) await api.stop();
    for (const api of processes) await rm(api.tmpDir, { recursive: true, force: true });
    await database?.drop();
    if (directory) await rm(directory, { recursive: true, force: true });
  });

  it('while receiving: the restarted API expires the job, drops its staging and removes the orphaned upload file', async () => {
    const before = await rowCounts(database.pool);
    const api = await start();
    const auth = await login(api);
    const jobId = await createJob(api, auth);
    const upload = postRaw(api.url, { headers: uploadHeaders(auth), body: uploadBody(jobId, 'api-kill-while-receiving') });
    await waitFor(async () => {
      const { rows } = await database.pool.query<{ rows_validated: string }>('SELECT rows_validated FROM ingestion_jobs WHERE id = $1', [jobId]);
      return Number(rows[0]?.rows_validated ?? 0) > ROWS / 10 ? true : undefined;
    }, 'the API to validate a tenth of the rows');
    await killed(api);
    expect(await upload).toHaveProperty('error');
    expect(await rowCounts(database.pool)).toEqual(before);
    const orphans = await api.leftoverTempFiles();
    expect(orphans).toHaveLength(1);

    // Ten minutes later (moved back in time here), the next process's next upload cleans up.
    const restarted = await start(api.tmpDir);
    await database.pool.query("UPDATE ingestion_jobs SET updated_at = now() - interval '1 hour' WHERE id = $1", [jobId]);
    const hourAgo = new Date(Date.now() - 3_600_000);
    await utimes(join(api.tmpDir, orphans[0]!), hourAgo, hourAgo);
    await createJob(restarted, await login(restarted));
    const { rows } = await database.pool.query<{ status: string; message: string }>('SELECT status, message FROM ingestion_jobs WHERE id = $1', [jobId]);
    expect(rows[0]).toEqual({ status: 'failed', message: 'interrupted: no progress for 10 minutes (the process handling it stopped)' });
    const staged = await database.pool.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'staging'");
    expect(staged.rows[0].n).toBe(0);
    expect(await restarted.leftoverTempFiles()).toEqual([]);
    expect(await restarted.healthLatency()).toBeLessThan(500);
    expect(await rowCounts(database.pool)).toEqual(before);
  });

  it('while publishing: the transaction rolls back, and the restarted API publishes the job', async () => {
    const api = await start();
    const auth = await login(api);
    const jobId = await createJob(api, auth);
    const received = await postRaw(api.url, { headers: uploadHeaders(auth), body: uploadBody(jobId, 'api-kill-while-publishing') });
    expect(received).toMatchObject({ status: 200 });
    expect(JSON.parse((received as { body: string }).body).data.uploadDataset.status).toBe('validated');
    const before = await rowCounts(database.pool);
    const publishing = graphql(api, 'mutation($jobId: ID!) { publishIngestionJob(jobId: $jobId) { status } }', { jobId }, auth).catch((error: unknown) => error);
    await waitFor(async () => {
      const { rows } = await database.pool.query("SELECT pid FROM pg_stat_activity WHERE state = 'active' AND query LIKE '%INSERT INTO observations%' AND pid <> pg_backend_pid()");
      return rows.length > 0 ? true : undefined;
    }, 'the publishing INSERT to run');
    await killed(api);
    await publishing;
    await waitFor(async () => {
      const { rows } = await database.pool.query("SELECT 1 FROM pg_stat_activity WHERE query LIKE '%INSERT INTO observations%' AND pid <> pg_backend_pid() AND state <> 'idle'");
      return rows.length === 0 ? true : undefined;
    }, 'the killed transaction to end');
    expect(await rowCounts(database.pool)).toEqual(before);
    expect(await api.leftoverTempFiles()).toEqual([]);

    const restarted = await start(api.tmpDir);
    expect(await restarted.healthLatency()).toBeLessThan(500);
    const { data } = await graphql<{ publishIngestionJob: { status: string } }>(restarted, 'mutation($jobId: ID!) { publishIngestionJob(jobId: $jobId) { status } }', { jobId }, await login(restarted));
    expect(data?.publishIngestionJob.status).toBe('published');
    expect((await rowCounts(database.pool))['observations']).toBe(before['observations']! + ROWS);
  });
});
