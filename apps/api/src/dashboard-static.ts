import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';

const API_PATHS = /^\/(graphql|health)(\/|$)/;

/** Serves the built dashboard from the API's own port, with index.html for client-side routes. */
export function serveDashboard(app: NestExpressApplication, directory: string, logger: Logger): boolean {
  const index = join(directory, 'index.html');
  if (!existsSync(index)) {
    logger.warn({ directory }, 'dashboard not built; serving the API only (run npm start, or npm run build)');
    return false;
  }
  app.useStaticAssets(directory, { index: false, maxAge: '1h' });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' || API_PATHS.test(request.path) || !request.accepts('html')) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
  return true;
}
