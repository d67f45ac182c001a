import type { INestApplication } from '@nestjs/common';
import { ROLES, type Role } from '@marketlens/domain';
import { AuthService } from '../auth/auth.service.js';

export const TEST_PASSWORD = 'correct horse battery staple';
export const testEmail = (role: Role): string => `${role}@test.marketlens`;

/** One account per role, for tests that act as each kind of user. */
export async function createTestUsers(app: INestApplication): Promise<void> {
  const auth = app.get(AuthService);
  for (const role of ROLES) await auth.createUser({ email: testEmail(role), name: `Test ${role}`, role, password: TEST_PASSWORD });
}
