import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { ProductKind } from '@marketlens/domain';
import { ProductAliasEntity } from './product-alias.entity.js';
import { VendorEntity } from './vendor.entity.js';

@Entity('products')
export class ProductEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('text', { unique: true })
  slug!: string;

  @Column('text')
  name!: string;

  @Column('text')
  kind!: ProductKind;

  @Column('integer', { name: 'vendor_id', nullable: true })
  vendorId!: number | null;

  @ManyToOne(() => VendorEntity, { nullable: true })
  @JoinColumn({ name: 'vendor_id' })
  vendor!: Relation<VendorEntity> | null;

  /** A period label (`1997-05`), as precise as the source. */
  @Column('text', { nullable: true })
  launched!: string | null;

  @Column('text', { nullable: true })
  note!: string | null;

  @OneToMany(() => ProductAliasEntity, (alias) => alias.product)
  aliases!: Relation<ProductAliasEntity[]>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
