import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@marketlens/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { SESSION_HOURS, signToken, verifyToken } from './tokens.js';

/** The caller of a request, as the database knows them now (not as their token was issued). */
export interface Caller {
  readonly userId: number;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly sessionId: string;
}

/**
 * Sessions live in PostgreSQL, one row per login: a token is honoured only while its row exists and
 * its user does, so logging out, "log out everywhere", a password change and deleting the user end it
 * on the next request, in every API process. The role comes from the users row on each request.
 */
@Injectable()
export class Sessions {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Opens a session for a user who just proved who they are; returns its bearer token. */
  async open(userId: number, manager: EntityManager = this.dataSource.manager): Promise<string> {
    // Expired rows say nothing any more; each login clears them (an index makes that cheap).
    await manager.query('DELETE FROM sessions WHERE expires_at <= now()');
    const rows: Array<{ id: string; expires_at: Date }> = await manager.query(
      `INSERT INTO sessions (user_id, expires_at) VALUES ($1, now() + make_interval(hours => $2)) RETURNING id, expires_at`,
      [userId, SESSION_HOURS],
    );
    const session = rows[0]!;
    return signToken({ userId, sessionId: session.id }, new Date(session.expires_at), this.config.jwtSecret);
  }

  /** The caller a bearer token stands for, or undefined when it is forged, expired or its session has ended. */
  async callerOf(token: string): Promise<Caller | undefined> {
    const claims = await verifyToken(token, this.config.jwtSecret);
    if (!claims) return undefined;
    const rows: Array<{ id: number; email: string; name: string; role: Role }> = await this.dataSource.query(
      `SELECT u.id, u.email, u.name, u.role FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.id = $1 AND s.user_id = $2 AND s.expires_at > now()`,
      [claims.sessionId, claims.userId],
    );
    const user = rows[0];
    return user ? { userId: user.id, email: user.email, name: user.name, role: user.role, sessionId: claims.sessionId } : undefined;
  }

  async end(sessionId: string): Promise<void> {
    await this.dataSource.query('DELETE FROM sessions WHERE id = $1', [sessionId]);
  }

  /** Ends every session of a user but `keep` (when given); returns how many ended. */
  async endAll(userId: number, keep?: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [, count] = (await manager.query('DELETE FROM sessions WHERE user_id = $1 AND id IS DISTINCT FROM $2', [userId, keep ?? null])) as [unknown, number];
    return count;
  }
}
