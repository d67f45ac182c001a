import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthService } from './auth.service.js';
import { CreateUserInput } from './dto/create-user.input.js';
import { LoginArgs } from './dto/login.args.js';
import { SetRoleArgs } from './dto/set-role.args.js';
import { SessionModel, UserModel, toUserModel } from './models/user.model.js';
import { callerIp, type RequestContext } from './request-context.js';
import { Public, Roles } from './roles.decorator.js';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => SessionModel, { description: 'Logs in; failed attempts are rate-limited per email and per address.' })
  async login(@Args() args: LoginArgs, @Context() context: RequestContext): Promise<SessionModel> {
    const session = await this.auth.login(args.email, args.password, callerIp(context.req));
    return { token: session.token, user: toUserModel(session.user) };
  }

  @Query(() => UserModel, { nullable: true, description: 'The logged-in user, or null.' })
  async me(@Context() context: RequestContext): Promise<UserModel | null> {
    const claims = context.req.user;
    const user = claims ? await this.auth.findUser(claims.userId) : null;
    return user ? toUserModel(user) : null;
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
  @Mutation(() => UserModel)
  async setUserRole(@Args() args: SetRoleArgs): Promise<UserModel> {
    return toUserModel(await this.auth.setRole(args.email, args.role));
  }
}
