import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Vendor', { description: 'A company: AOL Time Warner, Microsoft, Cisco, deltathree…' })
export class VendorModel {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  country!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => [String], { description: 'Other spellings datasets use for this vendor.' })
  aliases!: string[];
}
