import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ROLES, type Role } from '@marketlens/domain';
import type { UserEntity } from '../user.entity.js';

export const RoleEnum = Object.fromEntries(ROLES.map((role) => [role, role])) as Record<Role, Role>;
registerEnumType(RoleEnum, { name: 'Role', description: 'viewer: read; researcher: upload and manage datasets; admin: everything, and users.' });

@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  name!: string;

  @Field(() => RoleEnum)
  role!: Role;
}

@ObjectType('Session', { description: 'A login: the bearer token to send as `Authorization: Bearer …`, valid 12 hours or until logout.' })
export class SessionModel {
  @Field()
  token!: string;

  @Field(() => UserModel)
  user!: UserModel;
}

export function toUserModel(user: Pick<UserEntity, 'id' | 'email' | 'name' | 'role'>): UserModel {
  return { id: String(user.id), email: user.email, name: user.name, role: user.role };
}
