import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@marketlens/domain';
import { ROLES } from '@marketlens/domain';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { AppError, AppErrorCode } from '../errors/app-error.js';
import { recordAttempt, refuseIfThrottled } from './login-throttle.js';
import { DECOY_HASH, MIN_PASSWORD_LENGTH, hashPassword, passwordMatches } from './passwords.js';
import { signToken } from './tokens.js';
import { UserEntity } from './user.entity.js';

export interface Session {
  readonly token: string;
  readonly user: UserEntity;
}

export const demoEmail = (role: Role): string => `${role}@marketlens.local`;

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(email: string, password: string, ip: string): Promise<Session> {
    const normalized = email.trim().toLowerCase();
    const manager = this.dataSource.manager;
    await refuseIfThrottled(manager, normalized, ip);
    const user = await manager.findOneBy(UserEntity, { email: normalized });
    const matches = await passwordMatches(user?.passwordHash ?? DECOY_HASH, password);
    await recordAttempt(manager, normalized, ip, Boolean(user && matches));
    if (!user || !matches) throw new AppError(AppErrorCode.Unauthenticated, 'Wrong email or password.');
    const token = await signToken({ userId: user.id, email: user.email, role: user.role }, this.config.jwtSecret);
    return { token, user };
  }

  async createUser(fields: { email: string; name: string; role: Role; password: string }): Promise<UserEntity> {
    if (fields.password.length < MIN_PASSWORD_LENGTH) throw new AppError(AppErrorCode.BadInput, `A password needs at least ${MIN_PASSWORD_LENGTH} characters.`);
    const email = fields.email.trim().toLowerCase();
    const repository = this.dataSource.getRepository(UserEntity);
    if (await repository.existsBy({ email })) throw new AppError(AppErrorCode.Conflict, `A user ${email} already exists.`);
    return repository.save(repository.create({ email, name: fields.name.trim(), role: fields.role, passwordHash: await hashPassword(fields.password) }));
  }

  async setRole(email: string, role: Role): Promise<UserEntity> {
    const repository = this.dataSource.getRepository(UserEntity);
    const user = await repository.findOneBy({ email: email.trim().toLowerCase() });
    if (!user) throw new AppError(AppErrorCode.NotFound, `No user ${email}.`);
    user.role = role;
    return repository.save(user);
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
}
