import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ROLES } from '@marketlens/domain';
import { AuthService } from './auth.service.js';
import { ChangePasswordArgs } from './dto/change-password.args.js';
import { CreateUserInput } from './dto/create-user.input.js';
import { LoginArgs } from './dto/login.args.js';
import { SetRoleArgs } from './dto/set-role.args.js';
import { UserEmailArgs } from './dto/user-email.args.js';
import { SessionModel, UserModel, toUserModel } from './models/user.model.js';
import { callerIp, callerOf, type RequestContext } from './request-context.js';
import { Public, Roles } from './roles.decorator.js';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => SessionModel, { description: 'Logs in; failed attempts slow further ones down per account and address.' })
  async login(@Args() args: LoginArgs, @Context() context: RequestContext): Promise<SessionModel> {
    const session = await this.auth.login(args.email, args.password, callerIp(context.req));
    return { token: session.token, user: toUserModel(session.user) };
  }

  @Roles(...ROLES)
  @Mutation(() => Boolean, { description: 'Ends this session: its token stops working at once.' })
  async logout(@Context() context: RequestContext): Promise<boolean> {
    await this.auth.logout(callerOf(context));
    return true;
  }

  @Roles(...ROLES)
  @Mutation(() => Int, { description: 'Ends every session of yours, on every device, this one included; returns how many ended.' })
  logoutEverywhere(@Context() context: RequestContext): Promise<number> {
    return this.auth.logoutEverywhere(callerOf(context));
  }

  @Roles(...ROLES)
  @Mutation(() => Boolean, { description: 'Changes your password (the current one is needed); every other session of yours ends.' })
  async changePassword(@Args() args: ChangePasswordArgs, @Context() context: RequestContext): Promise<boolean> {
    await this.auth.changePassword(callerOf(context), args.currentPassword, args.newPassword, callerIp(context.req));
    return true;
  }

  @Query(() => UserModel, { nullable: true, description: 'The logged-in user, or null.' })
  me(@Context() context: RequestContext): UserModel | null {
    const caller = context.req.user;
    return caller ? toUserModel({ id: caller.userId, email: caller.email, name: caller.name, role: caller.role }) : null;
  }

  @Roles('admin')
  @Query(() => [UserModel])
  async users(): Promise<UserModel[]> {
    return (await this.auth.listUsers()).map(toUserModel);
  }

  @Roles('admin')
  @Mutation(() => UserModel)
  async createUser(@Args('input') input: CreateUserInput): Promise<UserModel> {
    return toUserModel(await this.auth.createUser(input));
  }

  @Roles('admin')
  @Mutation(() => UserModel, { description: 'The new role counts from the user’s next request. The last admin keeps the role.' })
  async setUserRole(@Args() args: SetRoleArgs): Promise<UserModel> {
    return toUserModel(await this.auth.setRole(args.email, args.role));
  }

  @Roles('admin')
  @Mutation(() => Boolean, { description: 'Deletes a user and ends their sessions. The last admin cannot be deleted.' })
  async deleteUser(@Args() args: UserEmailArgs): Promise<boolean> {
    await this.auth.deleteUser(args.email);
    return true;
  }
}
