import type { Request } from 'express';
import type { TokenClaims } from './tokens.js';

/** What a GraphQL resolver knows about its caller. */
export interface RequestContext {
  readonly req: Request & { user?: TokenClaims };
}

export function callerIp(request: Request): string {
  return request.ip ?? request.socket.remoteAddress ?? 'unknown';
}
