import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { Logger } from 'pino';

/** The process's pino logger, injectable everywhere as APP_LOGGER. */
export const APP_LOGGER = Symbol('APP_LOGGER');

@Global()
@Module({})
export class LoggingModule {
  static register(logger: Logger): DynamicModule {
    return { module: LoggingModule, providers: [{ provide: APP_LOGGER, useValue: logger }], exports: [APP_LOGGER] };
  }
}
