import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type RunningPostgres } from '../database/embedded/embedded-postgres.js';
import { migrate } from '../database/migrate.js';
import { startApiProcess, type ApiProcess } from '../testing/api-process.js';
import { multipartBody, OBSERVATIONS_HEADER, postRaw, uploadParts } from '../testing/raw-multipart.js';
import { rowCounts } from '../testing/row-counts.js';

const PASSWORD = 'restart-suite-password';
const DATABASE = 'restart_test';
const ROWS = 300_000;

/**
 * A TCP relay to the current PostgreSQL: the API keeps one DATABASE_URL while the server behind it
 * stops and starts again (on a new port), as a restarted server looks to its clients.
 */
async function relay(target: () => number): Promise<{ port: number; server: Server }> {
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(target(), '127.0.0.1');
    for (const [from, to] of [[client, upstream], [upstream, client]] as const) {
      sockets.add(from);
      from.on('error', () => to.destroy());
      from.on('close', () => {
        sockets.delete(from);
        to.destroy();
      });
      from.pipe(to);
    }
  });
  server.on('close', () => sockets.forEach((socket) => socket.destroy()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as { port: number }).port, server };
}

function rows(count: number): string {
  let text = OBSERVATIONS_HEADER;
  for (let index = 0; index < count; index++) {
    const month = Math.floor(index / 500);
    text += `${1900 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')},Client ${index % 50},Vendor,unique_users,${index},thousand,home,US,Restart panel ${Math.floor(index / 50) % 10},\n`;
  }
  return text;
}

describe('PostgreSQL restarting during an upload', () => {
  let directory: string;
  let postgres: RunningPostgres;
  let proxy: { port: number; server: Server };
  let api: ApiProcess;
  let pool: pg.Pool;
  let auth: Record<string, string>;
  const logger = pino({ level: 'warn' });

  const startPostgres = (): Promise<RunningPostgres> => startEmbeddedPostgres({ directory, database: DATABASE, logger });

  async function graphql<Data>(query: string, variables: Record<string, unknown> = {}): Promise<{ data?: Data; errors?: unknown }> {
    const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: JSON.stringify({ query, variables }) });
    return (await response.json()) as never;
  }

  async function upload(csv: string, dataset: string): Promise<{ jobId: string; response: Promise<unknown> }> {
    const { data } = await graphql<{ createIngestionJob: { id: string } }>('mutation { createIngestionJob(files: ["panel.csv"]) { id } }');
    const jobId = data!.createIngestionJob.id;
    const body = multipartBody('restart-boundary', uploadParts(jobId, [{ name: 'panel.csv', content: csv }], dataset));
    const headers = { ...auth, 'content-type': 'multipart/form-data; boundary=restart-boundary', 'apollo-require-preflight': 'true' };
    return { jobId, response: postRaw(api.url, { headers, body, timeoutMs: 90_000 }) };
  }

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'marketlens-restart-pg-'));
    postgres = await startPostgres();
    const admin = new pg.Client({ connectionString: postgres.adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${DATABASE}`);
    await admin.end();
    proxy = await relay(() => postgres.port);
    const url = new URL(postgres.url);
    url.port = String(proxy.port);
    await migrate(url.toString());
    api = await startApiProcess({ databaseUrl: url.toString(), env: { DEMO_PASSWORD: PASSWORD } });
    const login = await graphql<{ login: { token: string } }>('mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }', { email: 'researcher@marketlens.local', password: PASSWORD });
    auth = { authorization: `Bearer ${login.data!.login.token}` };
    pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
    pool.on('error', () => undefined);
  }, 180_000);

  afterAll(async () => {
    await api?.stop();
    await pool?.end().catch(() => undefined);
    proxy?.server.close();
    await postgres?.stop();
    if (directory) await rm(directory, { recursive: true, force: true });
  });

  it('fails the job with a clear message, keeps the process serving, and the next upload works once the database is back', async () => {
    const before = await rowCounts(pool);
    const { jobId, response } = await upload(rows(ROWS), 'restart-during-upload');
    for (;;) {
      const { rows: jobs } = await pool.query<{ rows_validated: string }>('SELECT rows_validated FROM ingestion_jobs WHERE id = $1', [jobId]);
      if (Number(jobs[0]?.rows_validated ?? 0) > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    // A restart: the server stops (ending every connection) and comes back, here on another port behind the relay.
    await postgres.stop();
    postgres = await startPostgres();

    const answered = (await response) as { status: number; body: string };
    expect(answered.status, JSON.stringify(answered)).toBe(200);
    const failure = api.output().split('\n').filter((line) => /ingestion job .* failed/.test(line)).join('\n');
    expect(JSON.parse(answered.body).data.uploadDataset, failure).toMatchObject({
      status: 'failed',
      message: 'the database could not be reached while the upload was stored (it may have restarted); nothing was stored — upload the files again',
    });
    expect(api.isAlive(), api.output().slice(-3000)).toBe(true);
    expect(await api.healthLatency()).toBeLessThan(500);
    expect(await rowCounts(pool)).toEqual(before);
    const staged = await pool.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'staging'");
    expect(staged.rows[0].n).toBe(0);

    const next = await upload(rows(100), 'restart-after');
    expect(JSON.parse(((await next.response) as { body: string }).body).data.uploadDataset.status).toBe('validated');
    const published = await graphql<{ publishIngestionJob: { status: string } }>('mutation($jobId: ID!) { publishIngestionJob(jobId: $jobId) { status } }', { jobId: next.jobId });
    expect(published.data?.publishIngestionJob.status).toBe('published');
    expect(await api.leftoverTempFiles()).toEqual([]);
  });
});
