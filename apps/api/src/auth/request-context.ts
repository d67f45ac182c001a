import type { Request } from 'express';
import type { CatalogLoaders } from '../catalog/catalog-loaders.js';
import type { TokenClaims } from './tokens.js';

/** What a GraphQL resolver knows about its request: the caller, and the request's batch loaders. */
export interface RequestContext {
  readonly req: Request & { user?: TokenClaims };
  readonly loaders: { readonly catalog: CatalogLoaders };
}

export function callerIp(request: Request): string {
  return request.ip ?? request.socket.remoteAddress ?? 'unknown';
}
