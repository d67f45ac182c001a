import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One immutable upload of a dataset: the unit of provenance, replacement and restore. */
@Entity('dataset_versions')
export class DatasetVersionEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('integer', { name: 'dataset_id' })
  datasetId!: number;

  @Column('integer')
  number!: number;

  /** SHA-256 of the uploaded files: the same content twice is one version. */
  @Column('text')
  checksum!: string;

  @Column('integer', { name: 'row_count' })
  rowCount!: number;

  /** The Data Package descriptor as uploaded. */
  @Column('jsonb')
  metadata!: Record<string, unknown>;

  @Column('text', { name: 'created_by' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
