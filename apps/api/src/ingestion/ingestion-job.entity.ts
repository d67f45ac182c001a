import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Problem } from '@marketlens/ingest';

export const JOB_STATUSES = ['created', 'receiving', 'validated', 'rejected', 'published', 'unchanged', 'failed', 'discarded'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export interface PreviewRow {
  readonly kind: string;
  readonly file: string;
  readonly line: number;
  /** In the row's column order (a JSON array keeps order; a jsonb object would not). */
  readonly values: ReadonlyArray<{ readonly name: string; readonly value: string }>;
}

export interface PublishOutcome {
  readonly dataset: string;
  readonly version: number;
  readonly rows: Record<string, number>;
  readonly createdVendors: string[];
  readonly createdProducts: string[];
}

/**
 * One upload on its way in: received and validated into staging, then published (or rejected).
 * Its state lives here, not in an API process, so any process can report its progress.
 */
@Entity('ingestion_jobs')
export class IngestionJobEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text', { nullable: true })
  dataset!: string | null;

  @Column('text')
  status!: JobStatus;

  @Column('text', { name: 'created_by' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column('jsonb')
  files!: string[];

  @Column('bigint', { name: 'bytes_received', transformer: { to: (value: number) => value, from: (value: string) => Number(value) } })
  bytesReceived!: number;

  @Column('bigint', { name: 'bytes_total', nullable: true, transformer: { to: (value: number | null) => value, from: (value: string | null) => (value === null ? null : Number(value)) } })
  bytesTotal!: number | null;

  @Column('bigint', { name: 'rows_validated', transformer: { to: (value: number) => value, from: (value: string) => Number(value) } })
  rowsValidated!: number;

  @Column('integer', { name: 'problem_count' })
  problemCount!: number;

  @Column('jsonb')
  problems!: Problem[];

  @Column('jsonb')
  preview!: PreviewRow[];

  @Column('jsonb', { nullable: true })
  descriptor!: Record<string, unknown> | null;

  @Column('text', { nullable: true })
  checksum!: string | null;

  @Column('jsonb', { nullable: true })
  result!: PublishOutcome | null;

  @Column('text', { nullable: true })
  message!: string | null;
}
