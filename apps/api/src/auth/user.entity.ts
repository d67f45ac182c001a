import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '@marketlens/domain';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  /** Stored lower-case; the login name. */
  @Column('text', { unique: true })
  email!: string;

  @Column('text')
  name!: string;

  @Column('text')
  role!: Role;

  /** argon2id. */
  @Column('text', { name: 'password_hash' })
  passwordHash!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
