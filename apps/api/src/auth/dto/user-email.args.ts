import { ArgsType, Field } from '@nestjs/graphql';
import { IsEmail, MaxLength } from 'class-validator';

@ArgsType()
export class UserEmailArgs {
  @Field()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email!: string;
}
