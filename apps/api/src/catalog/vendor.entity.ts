import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { VendorAliasEntity } from './vendor-alias.entity.js';

@Entity('vendors')
export class VendorEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('text', { unique: true })
  slug!: string;

  @Column('text')
  name!: string;

  @Column('text', { nullable: true })
  country!: string | null;

  @Column('text', { nullable: true })
  note!: string | null;

  @OneToMany(() => VendorAliasEntity, (alias) => alias.vendor)
  aliases!: Relation<VendorAliasEntity[]>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
