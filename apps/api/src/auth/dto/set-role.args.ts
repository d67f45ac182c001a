import { ArgsType, Field } from '@nestjs/graphql';
import { ROLES, type Role } from '@marketlens/domain';
import { IsEmail, IsIn } from 'class-validator';
import { RoleEnum } from '../models/user.model.js';

@ArgsType()
export class SetRoleArgs {
  @Field()
  @IsEmail({}, { message: 'email must be an email address' })
  email!: string;

  @Field(() => RoleEnum)
  @IsIn(ROLES)
  role!: Role;
}
