import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions (one row per login: a token is honoured only while its row and its user exist) and login
 * throttling per (account, address), per account and per address, replacing the attempt log.
 */
export class SessionsAndLoginThrottle1764171000000 implements MigrationInterface {
  name = 'SessionsAndLoginThrottle1764171000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX sessions_user_idx ON sessions (user_id);
      CREATE INDEX sessions_expires_idx ON sessions (expires_at);

      CREATE TABLE login_throttle (
        key text PRIMARY KEY,
        failures integer NOT NULL DEFAULT 0,
        next_allowed_at timestamptz NOT NULL DEFAULT now(),
        succeeded_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX login_throttle_updated_idx ON login_throttle (updated_at);

      DROP TABLE login_attempts;
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      DROP TABLE sessions;
      DROP TABLE login_throttle;
      CREATE TABLE login_attempts (
        id bigserial PRIMARY KEY,
        email text NOT NULL,
        ip text NOT NULL,
        succeeded boolean NOT NULL,
        attempted_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX login_attempts_email_idx ON login_attempts (email, attempted_at);
      CREATE INDEX login_attempts_ip_idx ON login_attempts (ip, attempted_at);
    `);
  }
}
