import { Column, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { EventKind, Granularity } from '@marketlens/domain';
import { SourceEntity } from '../sources/source.entity.js';
import { EventActorEntity } from './event-actor.entity.js';

/** Something dated that may move a series: a launch, a bundling, an acquisition… */
@Entity('events')
export class EventEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('integer', { name: 'dataset_version_id' })
  datasetVersionId!: number;

  @Column('date', { name: 'occurred_on' })
  occurredOn!: string;

  @Column('text')
  granularity!: Granularity;

  @Column('text')
  kind!: EventKind;

  @Column('text')
  title!: string;

  @Column('text', { nullable: true })
  description!: string | null;

  @Column('integer', { name: 'source_id' })
  sourceId!: number;

  @ManyToOne(() => SourceEntity)
  @JoinColumn({ name: 'source_id' })
  source!: Relation<SourceEntity>;

  @Column('text', { nullable: true })
  note!: string | null;

  @Column('integer')
  line!: number;

  @OneToMany(() => EventActorEntity, (actor) => actor.event)
  actors!: Relation<EventActorEntity[]>;
}
