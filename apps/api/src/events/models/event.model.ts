import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EVENT_KINDS, GRANULARITIES, type EventKind, type Granularity } from '@marketlens/domain';
import { ProductModel } from '../../catalog/models/product.model.js';
import { VendorModel } from '../../catalog/models/vendor.model.js';
import { SourceModel } from '../../sources/models/source.model.js';

export const EventKindEnum = Object.fromEntries(EVENT_KINDS.map((kind) => [kind, kind])) as Record<EventKind, EventKind>;
registerEnumType(EventKindEnum, { name: 'EventKind' });
export const GranularityEnum = Object.fromEntries(GRANULARITIES.map((value) => [value, value])) as Record<Granularity, Granularity>;
registerEnumType(GranularityEnum, { name: 'Granularity' });

@ObjectType('Event', { description: 'Something dated that may move a series: a launch, a bundling, a partnership, an acquisition.' })
export class EventModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The date as precise as the source (2001-10-25, 1997-05…).' })
  date!: string;

  @Field({ description: 'First day of the period the date names (ISO).' })
  start!: string;

  @Field(() => GranularityEnum)
  granularity!: Granularity;

  @Field(() => EventKindEnum)
  kind!: EventKind;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => [VendorModel])
  vendors!: VendorModel[];

  @Field(() => [ProductModel])
  products!: ProductModel[];

  @Field(() => SourceModel)
  source!: SourceModel;

  @Field(() => String, { nullable: true })
  note!: string | null;
}
