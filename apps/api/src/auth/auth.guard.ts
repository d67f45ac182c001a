import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Role } from '@marketlens/domain';
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
    const header = req.headers.authorization ?? '';
    if (header.startsWith('Bearer ')) {
      if (!callers.has(req)) callers.set(req, this.sessions.callerOf(header.slice(7)));
      const caller = await callers.get(req);
      if (!caller) throw new AppError(AppErrorCode.Unauthenticated, 'Your session has expired or is invalid; log in again.');
      req.user = caller;
    }
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    const isMutation = graphql.getInfo<{ parentType: { name: string } }>().parentType.name === 'Mutation';
    if (!roles) {
      if (isMutation) throw new AppError(AppErrorCode.Forbidden, 'This mutation declares no role that may run it.');
      return true;
    }
    if (!req.user) throw new AppError(AppErrorCode.Unauthenticated, 'Log in to do this.');
    if (!roles.includes(req.user.role)) throw new AppError(AppErrorCode.Forbidden, `This needs the ${roles.join(' or ')} role; you are a ${req.user.role}.`);
    return true;
  }
}
