import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { VendorEntity } from './vendor.entity.js';

@Entity('vendor_aliases')
export class VendorAliasEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('integer', { name: 'vendor_id' })
  vendorId!: number;

  @ManyToOne(() => VendorEntity, (vendor) => vendor.aliases, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vendor_id' })
  vendor!: Relation<VendorEntity>;

  @Column('text')
  alias!: string;

  /** nameKey(alias): how a dataset's spelling is matched. */
  @Column('text', { unique: true })
  key!: string;
}
