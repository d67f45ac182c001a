import { parseArgs } from 'node:util';
import { isOneOf, ROLES, type Role } from '@marketlens/domain';

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const USAGE = `usage: npm run user:create -- --email <email> [--name <display name>] [--role viewer|researcher|admin]
The password is asked for (twice, not shown) on a terminal; otherwise it is read from the first line of
standard input, or from MARKETLENS_USER_PASSWORD when set. It is never printed.`;

export interface UserCliArguments {
  readonly email: string;
  readonly name: string;
  readonly role: Role;
}

export function parseUserCliArguments(argv: readonly string[]): UserCliArguments {
  let values: { email?: string; name?: string; role?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ args: [...argv], options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, help: { type: 'boolean' } }, strict: true }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  if (values.help) throw new UsageError(USAGE);
  const email = values.email?.trim() ?? '';
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw new UsageError(`--email: give the new user's email address\n${USAGE}`);
  const role = values.role ?? 'viewer';
  if (!isOneOf(ROLES, role)) throw new UsageError(`--role: "${role}" is not one of ${ROLES.join(', ')}\n${USAGE}`);
  const name = values.name?.trim() || email.split('@')[0]!;
  return { email, name, role };
}
