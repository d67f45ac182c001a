import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Problem } from '@marketlens/ingest';
import type { DataSource, EntityManager } from 'typeorm';
import { updateReturning } from '../database/update-returning.js';
import { AppError, AppErrorCode } from '../errors/app-error.js';
import { IngestionJobEntity, type JobStatus, type PreviewRow, type PublishOutcome } from './ingestion-job.entity.js';
import { dropStagingTables } from './staging/staging-tables.js';
import { removeStaleUploadFiles } from './upload/stale-upload-files.js';

/** A job not heard from for this long was interrupted (its process died): fail it and free its staging. */
const STALE_AFTER = '10 minutes';
const STALE_AFTER_MS = 10 * 60 * 1000;
/** Validated uploads nobody published are discarded after a day. */
const UNPUBLISHED_AFTER = '1 day';
const FAIL_RETRY_MS = 30_000;

@Injectable()
export class IngestionJobs {
  private readonly logger = new Logger(IngestionJobs.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(createdBy: string, files: string[], bytesTotal: number | null): Promise<IngestionJobEntity> {
    await this.expireAbandoned();
    // A process killed mid-upload left its buffered files here (on this machine): as stale as its job.
    await removeStaleUploadFiles(STALE_AFTER_MS);
    const repository = this.dataSource.getRepository(IngestionJobEntity);
    return repository.save(repository.create({ status: 'created', createdBy, files, bytesTotal, bytesReceived: 0, rowsValidated: 0, problemCount: 0, problems: [], preview: [] }));
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<IngestionJobEntity> {
    const job = await manager.findOneBy(IngestionJobEntity, { id });
    if (!job) throw new AppError(AppErrorCode.NotFound, `No ingestion job ${id}.`);
    return job;
  }

  async list(createdBy: string | undefined, limit: number): Promise<IngestionJobEntity[]> {
    return this.dataSource.getRepository(IngestionJobEntity).find({
      where: createdBy ? { createdBy } : {},
      order: { createdAt: 'DESC' },
      take: limit,
    });
  }

  async start(id: string, dataset: string, descriptor: Record<string, unknown>, files: string[], bytesTotal: number | null): Promise<void> {
    await this.dataSource.query(
      `UPDATE ingestion_jobs SET status = 'receiving', dataset = $2, descriptor = $3, files = $4, bytes_total = coalesce($5, bytes_total), updated_at = now() WHERE id = $1`,
      [id, dataset, JSON.stringify(descriptor), JSON.stringify(files), bytesTotal],
    );
  }

  async progress(id: string, bytesReceived: number, rowsValidated: number): Promise<void> {
    await this.dataSource.query('UPDATE ingestion_jobs SET bytes_received = $2, rows_validated = $3, updated_at = now() WHERE id = $1', [id, bytesReceived, rowsValidated]);
  }

  async validated(id: string, checksum: string, preview: PreviewRow[], rowsValidated: number, bytesReceived: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE ingestion_jobs SET status = 'validated', checksum = $2, preview = $3, rows_validated = $4, bytes_received = $5, updated_at = now() WHERE id = $1`,
      [id, checksum, JSON.stringify(preview), rowsValidated, bytesReceived],
    );
  }

  /** Rejects a job with its problems and frees its staging rows. */
  async reject(id: string, problems: readonly Problem[], total: number, message: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE ingestion_jobs SET status = 'rejected', problems = $2, problem_count = $3, message = $4, updated_at = now() WHERE id = $1`,
        [id, JSON.stringify(problems), total, message],
      );
      await clearStaging(manager, [id]);
    });
  }

  async fail(id: string, message: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE ingestion_jobs SET status = 'failed', message = $2, updated_at = now() WHERE id = $1 AND status IN ('created', 'receiving', 'validated')`, [id, message]);
      await clearStaging(manager, [id]);
    });
  }

  /**
   * Fails a job even while the database is briefly unreachable (restarting): retried with backoff
   * for up to 30 s. Should it stay down, the job is expired as interrupted later; false says so.
   */
  async failReliably(id: string, message: string): Promise<boolean> {
    const deadline = Date.now() + FAIL_RETRY_MS;
    for (let delay = 250; ; delay = Math.min(delay * 2, 4_000)) {
      try {
        await this.fail(id, message);
        return true;
      } catch (error) {
        if (Date.now() + delay > deadline) {
          this.logger.warn(`could not record ingestion job ${id} as failed: ${error instanceof Error ? error.message : String(error)}`);
          return false;
        }
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }

  async finish(manager: EntityManager, id: string, status: Extract<JobStatus, 'published' | 'unchanged' | 'discarded'>, result: PublishOutcome | null, message: string): Promise<void> {
    await manager.query('UPDATE ingestion_jobs SET status = $2, result = $3, message = $4, updated_at = now() WHERE id = $1', [id, status, result ? JSON.stringify(result) : null, message]);
    await clearStaging(manager, [id]);
  }

  async discard(id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const updated = await updateReturning<{ id: string }>(
        manager,
        `UPDATE ingestion_jobs SET status = 'discarded', message = 'discarded without publishing', updated_at = now()
         WHERE id = $1 AND status IN ('created', 'validated') RETURNING id`,
        [id],
      );
      if (updated.length === 0) throw new AppError(AppErrorCode.Conflict, 'Only an upload that is not published or rejected can be discarded.');
      await clearStaging(manager, [id]);
    });
  }

  /** Interrupted jobs fail; validated jobs nobody published are discarded; both free their staging rows. */
  async expireAbandoned(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const stale = await updateReturning<{ id: string }>(
        manager,
        `UPDATE ingestion_jobs SET status = CASE WHEN status = 'validated' THEN 'discarded' ELSE 'failed' END,
                message = CASE WHEN status = 'validated' THEN 'discarded: validated but not published within ${UNPUBLISHED_AFTER}'
                               ELSE 'interrupted: no progress for ${STALE_AFTER} (the process handling it stopped)' END,
                updated_at = now()
         WHERE (status IN ('created', 'receiving') AND updated_at < now() - interval '${STALE_AFTER}')
            OR (status = 'validated' AND updated_at < now() - interval '${UNPUBLISHED_AFTER}')
         RETURNING id`,
      );
      await clearStaging(manager, stale.map((row) => row.id));
      return stale.length;
    });
  }
}

const clearStaging = dropStagingTables;
