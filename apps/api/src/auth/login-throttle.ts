import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AppError, AppErrorCode } from '../errors/app-error.js';
import { addressKey } from './client-address.js';

export interface ThrottlePolicy {
  /** Failures before any wait. */
  readonly freeFailures: number;
  /** The wait doubles from 1 s with each further failure, up to this. */
  readonly maxDelaySeconds: number;
  /** Failures older than this are forgotten. */
  readonly forgetAfterHours: number;
}

/**
 * Three counters slow password guessing down without letting anyone lock an owner out:
 * - `pair`: one address against one account. A guesser waits longer and longer (up to 15 minutes).
 * - `account`: every address together against one account (a botnet). Bounded, so an owner on a new
 *   address waits at most half a minute; an address the owner logged in from lately skips it.
 * - `address`: one address against any accounts (password spraying).
 */
export const THROTTLE_POLICIES = {
  pair: { freeFailures: 3, maxDelaySeconds: 15 * 60, forgetAfterHours: 24 },
  account: { freeFailures: 10, maxDelaySeconds: 30, forgetAfterHours: 1 },
  address: { freeFailures: 30, maxDelaySeconds: 15 * 60, forgetAfterHours: 24 },
} as const satisfies Record<string, ThrottlePolicy>;

type Counter = keyof typeof THROTTLE_POLICIES;

/** An owner who logged in from an address within this many days skips the account-wide slow-down there. */
export const KNOWN_ADDRESS_DAYS = 30;

/** Seconds to wait after the `failures`-th failure before the next attempt is checked. */
export function delaySeconds(failures: number, policy: ThrottlePolicy): number {
  if (failures < policy.freeFailures) return 0;
  return Math.min(2 ** (failures - policy.freeFailures), policy.maxDelaySeconds);
}

export function waitMessage(seconds: number): string {
  const wait = seconds < 120 ? `${seconds} second${seconds === 1 ? '' : 's'}` : `${Math.ceil(seconds / 60)} minutes`;
  return `Too many failed logins; try again in ${wait}.`;
}

const LOCK_COUNTERS = `
  SELECT key, failures, ceil(extract(epoch FROM next_allowed_at - clock_timestamp()))::int AS wait_seconds,
         (extract(epoch FROM clock_timestamp() - updated_at) / 3600)::float8 AS idle_hours,
         coalesce(succeeded_at > clock_timestamp() - make_interval(days => $2), false) AS known, next_allowed_at::text
  FROM login_throttle WHERE key = ANY($1) ORDER BY key FOR UPDATE`;

/**
 * Creates the counters that do not exist yet and locks all of them, in key order (so two attempts never
 * deadlock). A stale counter deleted between the two statements is created again.
 */
async function lockCounters(manager: EntityManager, keys: readonly string[]): Promise<CounterRow[]> {
  for (;;) {
    await manager.query('INSERT INTO login_throttle (key) SELECT unnest($1::text[]) ORDER BY 1 ON CONFLICT (key) DO NOTHING', [keys]);
    const rows: CounterRow[] = await manager.query(LOCK_COUNTERS, [keys, KNOWN_ADDRESS_DAYS]);
    if (rows.length === keys.length) return rows;
  }
}

interface CounterRow {
  key: string;
  failures: number;
  wait_seconds: number;
  idle_hours: number;
  known: boolean;
  next_allowed_at: string;
}

/** An attempt let through: each counter it was charged to, and the wait it had before. */
export interface Admission {
  readonly pairKey: string;
  readonly charged: ReadonlyArray<{ key: string; before: string; after: string }>;
}

/**
 * Login throttling kept in PostgreSQL, so it holds across every API process. Each attempt is charged
 * as a failure *before* its password is checked, under a row lock: of 30 parallel guesses, only those
 * the counters allow are checked at all. A success then takes its charge back. Times are the clock's
 * (clock_timestamp), not the transaction's start: an attempt may wait for another's lock.
 */
@Injectable()
export class LoginThrottle {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Lets an attempt through, or refuses it with RATE_LIMITED and how long to wait. */
  async admit(email: string, ip: string): Promise<Admission> {
    const address = addressKey(ip);
    const keys: Record<Counter, string> = { pair: `pair:${email} ${address}`, account: `account:${email}`, address: `address:${address}` };
    const all = Object.values(keys);
    await this.forgetOldCounters();
    return this.dataSource.transaction(async (manager) => {
      const rows = await lockCounters(manager, all);
      const byKey = new Map(rows.map((row) => [row.key, row]));
      const knownAddress = byKey.get(keys.pair)?.known === true;
      const counters = (Object.keys(keys) as Counter[]).filter((counter) => !(counter === 'account' && knownAddress));
      const wait = Math.max(0, ...counters.map((counter) => byKey.get(keys[counter])!.wait_seconds));
      if (wait > 0) throw new AppError(AppErrorCode.RateLimited, waitMessage(wait), { retryAfterSeconds: wait });
      const charges = counters.map((counter) => {
        const row = byKey.get(keys[counter])!;
        const failures = (row.idle_hours > THROTTLE_POLICIES[counter].forgetAfterHours ? 0 : row.failures) + 1;
        return { key: row.key, failures, delay: delaySeconds(failures, THROTTLE_POLICIES[counter]), before: row.next_allowed_at };
      });
      const updated: Array<{ key: string; after: string }> = (
        await manager.query(
          `UPDATE login_throttle t SET failures = c.failures, next_allowed_at = clock_timestamp() + make_interval(secs => c.delay), updated_at = clock_timestamp()
           FROM unnest($1::text[], $2::int[], $3::int[]) AS c(key, failures, delay) WHERE t.key = c.key
           RETURNING t.key, t.next_allowed_at::text AS after`,
          [charges.map((charge) => charge.key), charges.map((charge) => charge.failures), charges.map((charge) => charge.delay)],
        )
      )[0];
      const after = new Map(updated.map((row) => [row.key, row.after]));
      return { pairKey: keys.pair, charged: charges.map((charge) => ({ key: charge.key, before: charge.before, after: after.get(charge.key)! })) };
    });
  }

  /**
   * The password was right: the owner's address starts afresh (and is remembered as theirs), and the
   * shared counters take back this attempt's charge unless another attempt has moved them since.
   */
  async succeeded(admission: Admission): Promise<void> {
    const shared = admission.charged.filter((charge) => charge.key !== admission.pairKey);
    await this.dataSource.transaction(async (manager) => {
      // Rows are locked in key order, as `admit` locks them, so the two never deadlock.
      await manager.query('SELECT 1 FROM login_throttle WHERE key = ANY($1) ORDER BY key FOR UPDATE', [admission.charged.map((charge) => charge.key)]);
      await manager.query('UPDATE login_throttle SET failures = 0, next_allowed_at = clock_timestamp(), succeeded_at = clock_timestamp(), updated_at = clock_timestamp() WHERE key = $1', [admission.pairKey]);
      await manager.query(
        `UPDATE login_throttle t SET failures = greatest(t.failures - 1, 0),
                next_allowed_at = CASE WHEN t.next_allowed_at = c.after::timestamptz THEN c.before::timestamptz ELSE t.next_allowed_at END
         FROM unnest($1::text[], $2::text[], $3::text[]) AS c(key, before, after) WHERE t.key = c.key`,
        [shared.map((charge) => charge.key), shared.map((charge) => charge.before), shared.map((charge) => charge.after)],
      );
    });
  }

  /** Keeps the table small: a counter idle for a day says nothing, unless it remembers an owner's address. */
  private async forgetOldCounters(): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM login_throttle WHERE updated_at < clock_timestamp() - interval '1 day'
         AND (succeeded_at IS NULL OR succeeded_at < clock_timestamp() - make_interval(days => $1))`,
      [KNOWN_ADDRESS_DAYS],
    );
  }
}
