import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { MIN_PASSWORD_LENGTH } from '../password-policy.js';

@ArgsType()
export class ChangePasswordArgs {
  @Field()
  @IsString()
  @MinLength(1, { message: 'currentPassword must not be empty' })
  @MaxLength(1024)
  currentPassword!: string;

  @Field({ description: `At least ${MIN_PASSWORD_LENGTH} characters, and not easy to guess.` })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, { message: `newPassword must have at least ${MIN_PASSWORD_LENGTH} characters` })
  @MaxLength(1024)
  newPassword!: string;
}
