import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Role } from '@marketlens/domain';
import type { Request } from 'express';
import { AppError, AppErrorCode } from '../errors/app-error.js';
import type { RequestContext } from './request-context.js';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator.js';
import { Sessions, type Caller } from './sessions.js';

/** One look-up per HTTP request, however many fields the guard runs on. */
const callers = new WeakMap<object, Promise<Caller | undefined>>();

/**
 * Runs on every GraphQL field: reads the bearer token, finds its session and user in the database
 * (so a role taken away or a session ended counts from the next request), then enforces @Roles.
 * Mutations fail closed: one without @Roles or @Public is refused, so a new mutation cannot ship unguarded.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: Sessions,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const graphql = GqlExecutionContext.create(context);
    const { req } = graphql.getContext<RequestContext>();
    const caller = await this.authenticate(req);
    if (caller) req.user = caller;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    const isMutation = graphql.getInfo<{ parentType: { name: string } }>().parentType.name === 'Mutation';
    if (!roles) {
      if (isMutation) throw new AppError(AppErrorCode.Forbidden, 'This mutation declares no role that may run it.');
      return true;
    }
    AuthGuard.requireRole(req.user, roles);
    return true;
  }

  /**
   * The caller a request's bearer token names (undefined without one); an invalid or ended session
   * is refused. The multipart upload gate calls this too, before reading an upload's body.
   */
  async authenticate(request: Request): Promise<Caller | undefined> {
    const header = request.headers.authorization ?? '';
    if (!header.startsWith('Bearer ')) return undefined;
    if (!callers.has(request)) callers.set(request, this.sessions.callerOf(header.slice(7)));
    const caller = await callers.get(request);
    if (!caller) throw new AppError(AppErrorCode.Unauthenticated, 'Your session has expired or is invalid; log in again.');
    return caller;
  }

  /** Refuses a caller who is not logged in, or has none of `roles`. */
  static requireRole(user: Pick<Caller, 'role'> | undefined, roles: readonly Role[]): void {
    if (!user) throw new AppError(AppErrorCode.Unauthenticated, 'Log in to do this.');
    if (!roles.includes(user.role)) throw new AppError(AppErrorCode.Forbidden, `This needs the ${roles.join(' or ')} role; you are a ${user.role}.`);
  }
}
