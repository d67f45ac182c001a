import { describe, expect, it } from 'vitest';
import { ConfigError, DEVELOPMENT_JWT_SECRET, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('defaults to an embedded database on 127.0.0.1:4280', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ environment: 'development', host: '127.0.0.1', port: 4280, databaseUrl: undefined, loadDatasets: true });
    expect(config.embeddedPostgresDir).toMatch(/\.data\/embedded-postgres$/);
  });

  it('takes a PostgreSQL server from DATABASE_URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' }).databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/test');
  });

  it('waits 60 s for DATABASE_URL\'s server at start unless told otherwise', () => {
    expect(loadConfig({}).databaseWaitSeconds).toBe(60);
    expect(loadConfig({ DATABASE_WAIT_SECONDS: '0' }).databaseWaitSeconds).toBe(0);
    expect(() => loadConfig({ DATABASE_WAIT_SECONDS: '-1' })).toThrow(/DATABASE_WAIT_SECONDS/);
  });

  it('refuses production without a secret of its own', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET: set a secret of your own/);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: DEVELOPMENT_JWT_SECRET })).toThrow(/JWT_SECRET/);
    const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) });
    expect(config.jwtSecret).toBe('x'.repeat(40));
    expect(config.demoPassword).toBeUndefined();
  });

  it('creates demo accounts in development only', () => {
    expect(loadConfig({}).demoPassword).toBe('marketlens-demo');
    expect(loadConfig({ NODE_ENV: 'test' }).demoPassword).toBeUndefined();
  });

  it('trusts no proxy unless TRUST_PROXY names them', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8,fd00::1' }).trustProxy).toEqual(['loopback', '10.0.0.0/8', 'fd00::1']);
    for (const bad of ['true', 'everyone', '10.0.0.0/8/1', 'loopback,']) expect(() => loadConfig({ TRUST_PROXY: bad }), bad).toThrow(/TRUST_PROXY: must be false, a number of proxy hops/);
  });

  it('hides the schema (introspection, suggestions) in production unless told otherwise', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) };
    expect(loadConfig(production).graphql.introspection).toBe(false);
    expect(loadConfig({ ...production, GRAPHQL_INTROSPECTION: 'true' }).graphql.introspection).toBe(true);
    expect(loadConfig({}).graphql.introspection).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test', GRAPHQL_INTROSPECTION: 'false' }).graphql.introspection).toBe(false);
  });

  it('bounds responses and analyses, with at least one worker', () => {
    expect(loadConfig({}).graphql.responseMaxBytes).toBe(2 * 1024 * 1024);
    expect(loadConfig({}).analysis.workers).toBeGreaterThanOrEqual(1);
    expect(loadConfig({ ANALYSIS_WORKERS: '3', ANALYSIS_CACHE_MAX_ENTRIES: '50' }).analysis).toMatchObject({ workers: 3, cacheMaxEntries: 50 });
    expect(() => loadConfig({ ANALYSIS_WORKERS: '0' })).toThrow(/ANALYSIS_WORKERS/);
    expect(() => loadConfig({ RESPONSE_MAX_BYTES: '-1' })).toThrow(/RESPONSE_MAX_BYTES/);
  });

  it('names every bad variable at once', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOAD_DATASETS: 'maybe' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOAD_DATASETS: 'maybe' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('PORT');
      expect(message).toContain('DATABASE_URL: must be a postgres:// or postgresql:// URL');
      expect(message).toContain('LOAD_DATASETS');
    }
  });
});
