import { ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import graphqlUploadExpress from 'graphql-upload/graphqlUploadExpress.mjs';
import { pinoHttp } from 'pino-http';
import { AppModule, type AppModuleOptions } from './app.module.js';
import { serveDashboard } from './dashboard-static.js';
import { validationError } from './errors/validation-error.js';
import { MAX_UPLOAD_FILES } from './ingestion/dto/ingestion.args.js';
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
  // Multipart uploads (GraphQL multipart request spec), bounded in size and number of files.
  app.use('/graphql', graphqlUploadExpress({ maxFileSize: options.config.uploadMaxBytes, maxFiles: MAX_UPLOAD_FILES + 1 }));
  app.use(pinoHttp({ logger: options.logger, serializers: { req: requestForLog, res: responseForLog }, autoLogging: { ignore: (request) => request.url === '/health' } }));
  serveDashboard(app, options.config.dashboardDir, options.logger);
  await app.init();
  return app;
}
