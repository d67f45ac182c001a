/**
 * `npm run ingest -- <files>`: the ingestion pipeline from the command line, with a progress bar,
 * the same problem report as the dashboard, and a non-zero exit code on failure.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { formatProblem } from '@marketlens/ingest';
import { SingleBar } from 'cli-progress';
import { userInfo } from 'node:os';
import { loadConfig } from '../../config/config.js';
import { migrate } from '../../database/migrate.js';
import { openDatabase } from '../../database/open-database.js';
import { DatasetPublisher } from '../../datasets/dataset-publisher.service.js';
import { createLogger } from '../../logging/logger.js';
import { IngestionJobs } from '../ingestion-jobs.service.js';
import { DatasetStager } from '../staging/dataset-stager.js';
import { ValidationPool } from '../validation/validation-pool.js';
import { parseCliArguments, UsageError } from './cli-arguments.js';
import { planCliInput } from './cli-input.js';
import { IngestionCliModule } from './ingestion-cli.module.js';

const POLL_MS = 250;

async function main(): Promise<number> {
  const args = parseCliArguments(process.argv.slice(2));
  const config = loadConfig();
  const logger = createLogger(process.env['LOG_LEVEL'] ?? 'warn');
  const database = await openDatabase(config, logger, true);
  const context = await NestFactory.createApplicationContext(IngestionCliModule.register(config, database.url), { logger: false });
  try {
    await migrate(database.url);
    const pool = context.get(ValidationPool);
    const plan = await planCliInput(args, config.uploadMaxBytes, (input, file) => pool.readHeader(input, file));
    const jobs = context.get(IngestionJobs);
    const job = await jobs.create(`cli:${userInfo().username}`, args.paths, plan.bytes);
    if (!plan.ok) {
      await jobs.reject(job.id, plan.problems, plan.problems.length, 'the files do not form a dataset');
      return await report(job.id, jobs);
    }
    const bar = new SingleBar({ format: '{bar} {percentage}% | {value}/{total} bytes | {rows} rows validated', hideCursor: true, stream: process.stderr });
    bar.start(plan.bytes, 0, { rows: 0 });
    const poll = setInterval(() => void jobs.get(job.id).then((current) => bar.update(current.bytesReceived, { rows: current.rowsValidated })), POLL_MS);
    try {
      await context.get(DatasetStager).stage(job.id, plan.input, plan.descriptorText);
    } finally {
      clearInterval(poll);
      const staged = await jobs.get(job.id);
      bar.update(staged.bytesReceived, { rows: staged.rowsValidated });
      bar.stop();
    }
    if ((await jobs.get(job.id)).status === 'validated' && !args.validateOnly) {
      await context.get(DatasetPublisher).publish(job.id, `cli:${userInfo().username}`).catch(() => undefined);
    }
    return await report(job.id, jobs);
  } finally {
    await context.close();
    await database.close();
  }
}

async function report(jobId: string, jobs: IngestionJobs): Promise<number> {
  const job = await jobs.get(jobId);
  for (const problem of job.problems) console.error(formatProblem(problem));
  if (job.problemCount > job.problems.length) console.error(`… and ${job.problemCount - job.problems.length} more problems`);
  const rows = job.result ? Object.entries(job.result.rows).map(([kind, count]) => `${count} ${kind}`).join(', ') : '';
  const created = job.result && job.result.createdProducts.length > 0 ? `\nnew products: ${job.result.createdProducts.join(', ')}` : '';
  console.log(`${job.status}: ${job.message ?? ''}${rows ? ` (${rows})` : ''}${created}`);
  return job.status === 'published' || job.status === 'unchanged' || job.status === 'validated' ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof UsageError ? error.message : `ingest failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
