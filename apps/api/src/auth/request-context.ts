import type { Request } from 'express';
import type { CatalogLoaders } from '../catalog/catalog-loaders.js';
import type { Caller } from './sessions.js';

/** What a GraphQL resolver knows about its request: the caller, and the request's batch loaders. */
export interface RequestContext {
  readonly req: Request & { user?: Caller };
  readonly loaders: { readonly catalog: CatalogLoaders };
}

/** The client's address: the socket's peer, or what trusted proxies say (TRUST_PROXY). */
export function callerIp(request: Request): string {
  return request.ip ?? request.socket.remoteAddress ?? 'unknown';
}

/** The logged-in caller; UNAUTHENTICATED is left to the guard, which runs first. */
export function callerOf(context: RequestContext): Caller {
  const user = context.req.user;
  if (!user) throw new Error('callerOf used on a resolver the guard lets anonymous callers reach');
  return user;
}
