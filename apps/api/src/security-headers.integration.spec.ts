import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './testing/test-app.js';
import { createTestDatabase, type TestDatabase } from './testing/test-database.js';

describe('security headers', () => {
  let database: TestDatabase;
  let dashboardDir: string;
  let direct: TestApp;
  let proxied: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase();
    dashboardDir = await mkdtemp(join(tmpdir(), 'marketlens-dashboard-'));
    await writeFile(join(dashboardDir, 'index.html'), '<!doctype html><title>Marketlens</title>');
    direct = await createTestApp(database.url, { DASHBOARD_DIR: dashboardDir });
    proxied = await createTestApp(database.url, { DASHBOARD_DIR: dashboardDir, TRUST_PROXY: 'loopback' });
  });

  afterAll(async () => {
    await direct?.close();
    await proxied?.close();
    await database?.drop();
    await rm(dashboardDir, { recursive: true, force: true });
  });

  const dashboard = (api: TestApp, headers: Record<string, string> = {}) => fetch(`${api.url}/market-share`, { headers: { accept: 'text/html', ...headers } });
  const graphql = (api: TestApp) => fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ me { email } }' }) });

  it('give the dashboard a strict content security policy that forbids framing', async () => {
    const response = await dashboard(direct);
    expect(response.status).toBe(200);
    const policy = Object.fromEntries((response.headers.get('content-security-policy') ?? '').split(';').map((directive) => {
      const [name, ...values] = directive.trim().split(/\s+/);
      return [name, values.join(' ')];
    }));
    expect(policy).toMatchObject({ 'default-src': "'self'", 'script-src': "'self'", 'object-src': "'none'", 'frame-ancestors': "'none'", 'base-uri': "'none'", 'form-action': "'self'" });
    expect(policy['script-src']).not.toContain('unsafe');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('say nosniff and not who built the server, on the dashboard and the API', async () => {
    for (const response of [await dashboard(direct), await graphql(direct), await fetch(`${direct.url}/health`)]) {
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-powered-by')).toBeNull();
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('ask for HTTPS only when the request came over TLS through a trusted proxy', async () => {
    expect((await dashboard(direct)).headers.get('strict-transport-security')).toBeNull();
    // A client cannot claim TLS itself: without TRUST_PROXY, X-Forwarded-Proto is ignored.
    expect((await dashboard(direct, { 'x-forwarded-proto': 'https' })).headers.get('strict-transport-security')).toBeNull();
    expect((await dashboard(proxied)).headers.get('strict-transport-security')).toBeNull();
    expect((await dashboard(proxied, { 'x-forwarded-proto': 'https' })).headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  });
});
