import type { NestExpressApplication } from '@nestjs/platform-express';
import { pino } from 'pino';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../config/config.js';
import { createApp } from '../create-app.js';

export interface GraphqlResponse<Data> {
  data?: Data;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

export interface TestApp {
  readonly app: NestExpressApplication;
  readonly url: string;
  graphql<Data = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphqlResponse<Data>>;
  close(): Promise<void>;
}

/** The real API, listening on a free port, on the given database. */
export async function createTestApp(databaseUrl: string, env: Record<string, string> = {}): Promise<TestApp> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DASHBOARD_DIR: '/nonexistent', ...env });
  const app = await createApp({ config, databaseUrl, logger: pino({ level: 'silent' }) });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    app,
    url,
    async graphql(query, variables, headers) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as never;
    },
    close: () => app.close(),
  };
}
