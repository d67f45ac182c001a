import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@marketlens/domain';
import { ROLES } from '@marketlens/domain';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { AppError, AppErrorCode } from '../errors/app-error.js';
import { APP_LOGGER } from '../logging/logging.module.js';
import { LoginThrottle } from './login-throttle.js';
import { passwordProblem } from './password-policy.js';
import { DECOY_HASH, hashPassword, passwordMatches } from './passwords.js';
import { Sessions, type Caller } from './sessions.js';
import { UserEntity } from './user.entity.js';

export interface Session {
  readonly token: string;
  readonly user: UserEntity;
}

export const demoEmail = (role: Role): string => `${role}@marketlens.local`;

const normalizedEmail = (email: string): string => email.trim().toLowerCase();

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(APP_LOGGER) private readonly logger: Logger,
    private readonly throttle: LoginThrottle,
    private readonly sessions: Sessions,
  ) {}

  async login(email: string, password: string, ip: string): Promise<Session> {
    const normalized = normalizedEmail(email);
    const user = await this.checkPassword(normalized, password, ip);
    if (!user) throw new AppError(AppErrorCode.Unauthenticated, 'Wrong email or password.');
    return { token: await this.sessions.open(user.id), user };
  }

  /** The user whose password this is, or undefined (logged as a warning); throttled, so it may refuse with RATE_LIMITED. */
  private async checkPassword(email: string, password: string, ip: string): Promise<UserEntity | undefined> {
    const admission = await this.throttle.admit(email, ip).catch((error: unknown) => {
      if (error instanceof AppError) this.logger.warn({ ip, retryAfterSeconds: error.details?.['retryAfterSeconds'] }, 'login refused: too many failures');
      throw error;
    });
    const user = await this.dataSource.manager.findOneBy(UserEntity, { email });
    const matches = await passwordMatches(user?.passwordHash ?? DECOY_HASH, password);
    if (!user || !matches) {
      // The id of an existing account, never the email typed: people type their password there too.
      this.logger.warn({ ip, userId: user?.id ?? null }, user ? 'login failed: wrong password' : 'login failed: unknown email');
      return undefined;
    }
    await this.throttle.succeeded(admission);
    return user;
  }

  async createUser(fields: { email: string; name: string; role: Role; password: string }): Promise<UserEntity> {
    const email = normalizedEmail(fields.email);
    const name = fields.name.trim();
    refuseWeakPassword(fields.password, [email, name]);
    const repository = this.dataSource.getRepository(UserEntity);
    if (await repository.existsBy({ email })) throw new AppError(AppErrorCode.Conflict, `A user ${email} already exists.`);
    return repository.save(repository.create({ email, name, role: fields.role, passwordHash: await hashPassword(fields.password) }));
  }

  /** A new role takes effect on the user's next request: every request reads the role from the database. */
  async setRole(email: string, role: Role): Promise<UserEntity> {
    return this.changingAdmins(async (manager) => {
      const user = await this.existingUser(manager, email);
      if (user.role === 'admin' && role !== 'admin') await refuseLastAdmin(manager, 'take the admin role from');
      user.role = role;
      return manager.save(user);
    });
  }

  /** Deletes a user; their sessions go with them (ON DELETE CASCADE), so their tokens stop working at once. */
  async deleteUser(email: string): Promise<void> {
    await this.changingAdmins(async (manager) => {
      const user = await this.existingUser(manager, email);
      if (user.role === 'admin') await refuseLastAdmin(manager, 'delete');
      await manager.delete(UserEntity, { id: user.id });
    });
  }

  /** Needs the current password (throttled like a login); ends every other session of the user. */
  async changePassword(caller: Caller, currentPassword: string, newPassword: string, ip: string): Promise<void> {
    const user = await this.checkPassword(caller.email, currentPassword, ip);
    // Not UNAUTHENTICATED: the session is fine, and the dashboard would take that for its end.
    if (!user) throw new AppError(AppErrorCode.BadInput, 'currentPassword is not your current password.');
    refuseWeakPassword(newPassword, [user.email, user.name]);
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, { id: user.id }, { passwordHash });
      await this.sessions.endAll(user.id, caller.sessionId, manager);
    });
    this.logger.info({ userId: user.id }, 'password changed; other sessions ended');
  }

  logout(caller: Caller): Promise<void> {
    return this.sessions.end(caller.sessionId);
  }

  /** Ends every session of the caller, this one included; returns how many ended. */
  async logoutEverywhere(caller: Caller): Promise<number> {
    const ended = await this.sessions.endAll(caller.userId);
    this.logger.info({ userId: caller.userId, sessions: ended }, 'logged out everywhere');
    return ended;
  }

  listUsers(): Promise<UserEntity[]> {
    return this.dataSource.getRepository(UserEntity).find({ order: { email: 'ASC' } });
  }

  findUser(id: number): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ id });
  }

  /** In development, one demo account per role (viewer@, researcher@, admin@marketlens.local). */
  async ensureDemoUsers(logger: Logger): Promise<void> {
    const password = this.config.demoPassword;
    if (!password) return;
    const passwordHash = await hashPassword(password);
    for (const role of ROLES) {
      await this.dataSource.query(
        `INSERT INTO users (email, name, role, password_hash) VALUES ($1, $2, $3, $4) ON CONFLICT (email) DO NOTHING`,
        [demoEmail(role), `Demo ${role}`, role, passwordHash],
      );
    }
    logger.info({ users: ROLES.map(demoEmail) }, 'demo accounts ready');
  }

  private async existingUser(manager: EntityManager, email: string): Promise<UserEntity> {
    const user = await manager.findOneBy(UserEntity, { email: normalizedEmail(email) });
    if (!user) throw new AppError(AppErrorCode.NotFound, `No user ${email}.`);
    return user;
  }

  /** Changes to who is an admin, one at a time across every process, so two cannot remove the last two admins at once. */
  private changingAdmins<Result>(work: (manager: EntityManager) => Promise<Result>): Promise<Result> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query("SELECT pg_advisory_xact_lock(hashtext('marketlens:admins'))");
      return work(manager);
    });
  }
}

function refuseWeakPassword(password: string, personal: readonly string[]): void {
  const problem = passwordProblem(password, personal);
  if (problem) throw new AppError(AppErrorCode.BadInput, problem);
}

async function refuseLastAdmin(manager: EntityManager, action: string): Promise<void> {
  const admins = await manager.countBy(UserEntity, { role: 'admin' });
  if (admins <= 1) throw new AppError(AppErrorCode.Conflict, `You cannot ${action} the last admin; make another admin first.`);
}
