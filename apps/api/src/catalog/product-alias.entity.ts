import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ProductEntity } from './product.entity.js';

@Entity('product_aliases')
export class ProductAliasEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('integer', { name: 'product_id' })
  productId!: number;

  @ManyToOne(() => ProductEntity, (product) => product.aliases, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id' })
  product!: Relation<ProductEntity>;

  @Column('text')
  alias!: string;

  /** nameKey(alias): how a dataset's spelling is matched. */
  @Column('text', { unique: true })
  key!: string;
}
