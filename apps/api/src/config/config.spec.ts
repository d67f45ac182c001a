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
