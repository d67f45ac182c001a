import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { isTransient, whenDatabaseReachable } from './wait-for-database.js';

const coded = (code: string, message = code): Error => Object.assign(new Error(message), { code });
const options = { url: 'postgres://app:hunter2@db.internal:5432/marketlens', logger: pino({ level: 'silent' }) };

describe('waiting for PostgreSQL at start', () => {
  it('retries what a server that is down, starting or full says, and nothing else', () => {
    for (const code of ['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', '57P03', '53300', '08006']) expect(isTransient(coded(code)), code).toBe(true);
    expect(isTransient(new Error('Connection terminated due to connection timeout'))).toBe(true);
    for (const code of ['28P01', '3D000', '42501', '23505']) expect(isTransient(coded(code)), code).toBe(false);
    expect(isTransient(new Error('boom'))).toBe(false);
  });

  it('fails at once on an error that waiting cannot fix', async () => {
    let attempts = 0;
    const wrongPassword = coded('28P01', 'password authentication failed for user "app"');
    const connect = async (): Promise<void> => {
      attempts++;
      throw wrongPassword;
    };
    await expect(whenDatabaseReachable(connect, { ...options, waitSeconds: 30 })).rejects.toBe(wrongPassword);
    expect(attempts).toBe(1);
  });

  it('retries until the work succeeds', async () => {
    let attempts = 0;
    const result = await whenDatabaseReachable(async () => {
      if (++attempts < 3) throw coded('ECONNREFUSED');
      return 'connected';
    }, { ...options, waitSeconds: 30 });
    expect(result).toBe('connected');
    expect(attempts).toBe(3);
  });

  it('gives up after the configured wait, naming the server without its password', async () => {
    let attempts = 0;
    const failing = async (): Promise<void> => {
      attempts++;
      throw coded('ECONNREFUSED', 'connect ECONNREFUSED 10.0.0.5:5432');
    };
    await expect(whenDatabaseReachable(failing, { ...options, waitSeconds: 0 })).rejects.toThrow(
      'PostgreSQL at postgres://app:***@db.internal:5432/marketlens was not reachable within 0 s (DATABASE_WAIT_SECONDS; 1 attempt); last error: connect ECONNREFUSED 10.0.0.5:5432',
    );
    expect(attempts).toBe(1);
  });
});
