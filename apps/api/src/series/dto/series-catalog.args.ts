import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

@ArgsType()
export class SeriesCatalogArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(/^\d{1,9}$/, { message: 'productId must be a product id' })
  productId?: string;

  @Field(() => Int, { defaultValue: 100 })
  @IsInt()
  @Min(1)
  @Max(500)
  take = 100;
}
