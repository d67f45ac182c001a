import { Field, InputType } from '@nestjs/graphql';
import { ROLES, type Role } from '@marketlens/domain';
import { IsEmail, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { RoleEnum } from '../models/user.model.js';
import { MIN_PASSWORD_LENGTH } from '../password-policy.js';

@InputType()
export class CreateUserInput {
  @Field()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @Field(() => RoleEnum)
  @IsIn(ROLES)
  role!: Role;

  @Field()
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, { message: `password must have at least ${MIN_PASSWORD_LENGTH} characters` })
  @MaxLength(1024)
  password!: string;
}
