import { ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { pinoHttp } from 'pino-http';
import { AppModule, type AppModuleOptions } from './app.module.js';
import { serveDashboard } from './dashboard-static.js';
import { validationError } from './errors/validation-error.js';
import { AuthGuard } from './auth/auth.guard.js';
import { MAX_UPLOAD_FILES } from './ingestion/dto/ingestion.args.js';
import { multipartUploads } from './ingestion/upload/multipart-gate.js';
import { PinoNestLogger, requestForLog, responseForLog } from './logging/logger.js';
import { useSecurityHeaders } from './security-headers.js';

/** The Nest application, configured the same way for the server and the integration tests. */
export async function createApp(options: AppModuleOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(options), {
    logger: new PinoNestLogger(options.logger),
  });
  // Which proxies may name the client (X-Forwarded-For) and the scheme (X-Forwarded-Proto): TRUST_PROXY.
  app.set('trust proxy', options.config.trustProxy);
  useSecurityHeaders(app);
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true, exceptionFactory: validationError }));
  // Multipart uploads (GraphQL multipart request spec): refused from their headers when they cannot go
  // on (CSRF, size, caller), else parsed with bounded size and number of files.
  const guard = app.get(AuthGuard);
  app.use(
    '/graphql',
    ...multipartUploads({
      uploadMaxBytes: options.config.uploadMaxBytes,
      maxFiles: MAX_UPLOAD_FILES,
      authenticate: (request) => guard.authenticate(request),
      requireRole: AuthGuard.requireRole,
    }),
  );
  app.use(pinoHttp({ logger: options.logger, serializers: { req: requestForLog, res: responseForLog }, autoLogging: { ignore: (request) => request.url === '/health' } }));
  serveDashboard(app, options.config.dashboardDir, options.logger);
  await app.init();
  return app;
}
