import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ProductEntity } from '../catalog/product.entity.js';
import { VendorEntity } from '../catalog/vendor.entity.js';
import { EventEntity } from './event.entity.js';

/** A vendor or a product taking part in an event. */
@Entity('event_actors')
export class EventActorEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('integer', { name: 'event_id' })
  eventId!: number;

  @ManyToOne(() => EventEntity, (event) => event.actors, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event!: Relation<EventEntity>;

  @Column('integer', { name: 'vendor_id', nullable: true })
  vendorId!: number | null;

  @ManyToOne(() => VendorEntity, { nullable: true })
  @JoinColumn({ name: 'vendor_id' })
  vendor!: Relation<VendorEntity> | null;

  @Column('integer', { name: 'product_id', nullable: true })
  productId!: number | null;

  @ManyToOne(() => ProductEntity, { nullable: true })
  @JoinColumn({ name: 'product_id' })
  product!: Relation<ProductEntity> | null;
}
