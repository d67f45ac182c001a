import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type RunningPostgres } from '../database/embedded/embedded-postgres.js';
import { buildApi } from './api-process.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A URL on the test server whose database is irrelevant: each test file creates its own. */
    postgresServerUrl: string;
  }
}

let server: RunningPostgres | undefined;
let directory: string | undefined;

/** One PostgreSQL for the whole run: DATABASE_URL's server when set, else a throw-away embedded one. */
export async function setup(project: TestProject): Promise<void> {
  // Tests that run the API or the CLI as a process run the build: make it current once, before any file starts.
  buildApi();
  const configured = process.env['DATABASE_URL'];
  if (configured) {
    project.provide('postgresServerUrl', configured);
    return;
  }
  directory = await mkdtemp(join(tmpdir(), 'marketlens-test-pg-'));
  server = await startEmbeddedPostgres({ directory, database: 'postgres', logger: pino({ level: 'warn' }) });
  project.provide('postgresServerUrl', server.adminUrl);
}

export async function teardown(): Promise<void> {
  await server?.stop();
  if (directory) await rm(directory, { recursive: true, force: true });
}
