import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('datasets')
export class DatasetEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('text', { unique: true })
  slug!: string;

  @Column('text')
  title!: string;

  @Column('text', { nullable: true })
  description!: string | null;

  /** The version whose rows are live; older versions stay listed and restorable. */
  @Column('integer', { name: 'current_version_id', nullable: true })
  currentVersionId!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
