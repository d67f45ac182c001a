import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PARTNERSHIP_KINDS, type Granularity, type PartnershipKind } from '@marketlens/domain';
import { GranularityEnum } from '../../events/models/event.model.js';
import { SourceModel } from '../../sources/models/source.model.js';

export const PartnershipKindEnum = Object.fromEntries(PARTNERSHIP_KINDS.map((kind) => [kind, kind])) as Record<PartnershipKind, PartnershipKind>;
registerEnumType(PartnershipKindEnum, { name: 'PartnershipKind' });

@ObjectType('NetworkNode', { description: 'A vendor or product that takes part in at least one partnership.' })
export class NetworkNodeModel {
  @Field({ description: '`vendor:<id>` or `product:<id>`.' })
  id!: string;

  @Field()
  name!: string;

  @Field({ description: '`vendor` or the product’s kind (voip_service, network_gear…).' })
  type!: string;
}

@ObjectType('NetworkLink', { description: 'A dated, cited partnership between two nodes.' })
export class NetworkLinkModel {
  @Field()
  id!: string;

  @Field()
  from!: string;

  @Field()
  to!: string;

  @Field(() => PartnershipKindEnum)
  kind!: PartnershipKind;

  @Field({ description: 'When it started, as precise as the source.' })
  date!: string;

  @Field()
  start!: string;

  @Field(() => GranularityEnum)
  granularity!: Granularity;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => SourceModel)
  source!: SourceModel;
}

@ObjectType('PartnershipNetwork')
export class PartnershipNetworkModel {
  @Field(() => [NetworkNodeModel])
  nodes!: NetworkNodeModel[];

  @Field(() => [NetworkLinkModel], { description: 'Partnerships that had started by the requested date.' })
  links!: NetworkLinkModel[];

  @Field(() => String, { nullable: true, description: 'The earliest partnership date in the data (for a time slider).' })
  firstDate!: string | null;

  @Field(() => String, { nullable: true })
  lastDate!: string | null;
}
