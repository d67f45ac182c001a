import type { NestExpressApplication } from '@nestjs/platform-express';
import { pino } from 'pino';
import type { Logger as QueryLogger } from 'typeorm';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../config/config.js';
import { createApp } from '../create-app.js';

export interface GraphqlResponse<Data> {
  data?: Data;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

export interface UploadFile {
  readonly name: string;
  readonly content: string | Buffer;
}

export interface TestApp {
  readonly app: NestExpressApplication;
  readonly url: string;
  graphql<Data = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphqlResponse<Data>>;
  /** A bearer header for a user, logging in through the API. */
  login(email: string, password: string): Promise<Record<string, string>>;
  /** The dashboard's upload: create a job, then send the files as a GraphQL multipart request. */
  upload<Data = Record<string, unknown>>(auth: Record<string, string>, files: readonly UploadFile[], selection: string, dataset?: string): Promise<GraphqlResponse<Data>>;
  /** Sends files for an existing job as a GraphQL multipart request (with Apollo's CSRF preflight header). */
  sendUpload<Data = Record<string, unknown>>(auth: Record<string, string>, jobId: string, files: readonly UploadFile[], selection: string, dataset?: string): Promise<GraphqlResponse<Data>>;
  close(): Promise<void>;
}

/** The real API, listening on a free port, on the given database. */
export async function createTestApp(databaseUrl: string, env: Record<string, string> = {}, queryLogger?: QueryLogger): Promise<TestApp> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DASHBOARD_DIR: '/nonexistent', ...env });
  const app = await createApp({ config, databaseUrl, logger: pino({ level: process.env['TEST_LOG_LEVEL'] ?? 'silent' }), ...(queryLogger ? { queryLogger } : {}) });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const testApp: TestApp = {
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
    async login(email, password) {
      const response = await testApp.graphql<{ login: { token: string } }>('mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }', { email, password });
      if (!response.data) throw new Error(`login failed: ${JSON.stringify(response.errors)}`);
      return { authorization: `Bearer ${response.data.login.token}` };
    },
    async upload(auth, files, selection, dataset) {
      const created = await testApp.graphql<{ createIngestionJob: { id: string } }>('mutation($files: [String!]!) { createIngestionJob(files: $files) { id } }', { files: files.map((file) => file.name) }, auth);
      if (!created.data) return created as never;
      return testApp.sendUpload(auth, created.data.createIngestionJob.id, files, selection, dataset);
    },
    async sendUpload(auth, jobId, files, selection, dataset) {
      const form = new FormData();
      const query = `mutation($jobId: ID!, $files: [Upload!]!, $dataset: String) { uploadDataset(jobId: $jobId, files: $files, dataset: $dataset) { ${selection} } }`;
      form.append('operations', JSON.stringify({ query, variables: { jobId, files: files.map(() => null), dataset } }));
      form.append('map', JSON.stringify(Object.fromEntries(files.map((_, index) => [String(index), [`variables.files.${index}`]]))));
      files.forEach((file, index) => form.append(String(index), new Blob([typeof file.content === 'string' ? file.content : new Uint8Array(file.content)]), file.name));
      const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { ...auth, 'apollo-require-preflight': 'true' }, body: form });
      return (await response.json()) as never;
    },
    close: () => app.close(),
  };
  return testApp;
}
