import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PRODUCT_KINDS, type ProductKind } from '@marketlens/domain';
import { VendorModel } from './vendor.model.js';

export const ProductKindEnum = Object.fromEntries(PRODUCT_KINDS.map((kind) => [kind, kind])) as Record<ProductKind, ProductKind>;
registerEnumType(ProductKindEnum, { name: 'ProductKind' });

@ObjectType('Product', { description: 'An IM client or network, a VoIP service, a piece of gear, or a market-wide total.' })
export class ProductModel {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field()
  name!: string;

  @Field(() => ProductKindEnum)
  kind!: ProductKind;

  @Field(() => VendorModel, { nullable: true })
  vendor!: VendorModel | null;

  @Field(() => String, { nullable: true, description: 'Launch period as precise as the source (e.g. 1997-05).' })
  launched!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => [String], { description: 'Other names of the same product ("MSN Messenger Service").' })
  aliases!: string[];
}
