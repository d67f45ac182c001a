import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Who measured or claimed a number, where it was published and when. */
@Entity('sources')
export class SourceEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  /** A hash of title, url, publisher and date: the same citation in two datasets is one source. */
  @Column('text', { unique: true })
  fingerprint!: string;

  @Column('text')
  title!: string;

  @Column('text', { nullable: true })
  url!: string | null;

  @Column('text', { nullable: true })
  publisher!: string | null;

  /** A period label (`2001-11-14`) or null when the source does not say. */
  @Column('text', { nullable: true })
  published!: string | null;

  @Column('text', { nullable: true })
  note!: string | null;
}
