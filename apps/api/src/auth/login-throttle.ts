import type { EntityManager } from 'typeorm';
import { AppError, AppErrorCode } from '../errors/app-error.js';

/** Failed logins allowed per email, and per client address, in the window before logins are refused. */
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 20;
export const WINDOW_MINUTES = 15;

/**
 * Login rate limiting kept in PostgreSQL, not in a process, so it holds across every API process
 * behind a load balancer.
 */
export async function refuseIfThrottled(manager: EntityManager, email: string, ip: string): Promise<void> {
  const rows: Array<{ by_email: number; by_ip: number }> = await manager.query(
    `SELECT count(*) FILTER (WHERE email = $1)::int AS by_email, count(*) FILTER (WHERE ip = $2)::int AS by_ip
     FROM login_attempts
     WHERE NOT succeeded AND attempted_at > now() - make_interval(mins => $3) AND (email = $1 OR ip = $2)`,
    [email, ip, WINDOW_MINUTES],
  );
  const { by_email: byEmail = 0, by_ip: byIp = 0 } = rows[0] ?? {};
  if (byEmail >= MAX_FAILURES_PER_EMAIL || byIp >= MAX_FAILURES_PER_IP) {
    throw new AppError(AppErrorCode.RateLimited, `Too many failed logins; try again in ${WINDOW_MINUTES} minutes.`);
  }
}

export async function recordAttempt(manager: EntityManager, email: string, ip: string, succeeded: boolean): Promise<void> {
  await manager.query('INSERT INTO login_attempts (email, ip, succeeded) VALUES ($1, $2, $3)', [email, ip, succeeded]);
  // Keep the table small: attempts older than a day say nothing about the current window.
  if (Math.random() < 0.01) await manager.query("DELETE FROM login_attempts WHERE attempted_at < now() - interval '1 day'");
}
