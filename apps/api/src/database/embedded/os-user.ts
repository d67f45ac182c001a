import { userInfo } from 'node:os';
import type { Logger } from 'pino';
import { runCommand } from './run-command.js';

export interface OsUser {
  readonly uid: number;
  readonly gid: number;
}

/**
 * PostgreSQL refuses to run as root. As root we run it as the `postgres` OS user, creating that user
 * when it is missing; as anyone else we run it as ourselves (undefined).
 */
export async function osUserFor(name: string, logger: Logger): Promise<OsUser | undefined> {
  if (userInfo().uid !== 0) return undefined;
  const existing = await lookup(name);
  if (existing) return existing;
  logger.info({ user: name }, 'creating an OS user to run the embedded PostgreSQL (running as root)');
  await runCommand('useradd', ['--system', '--user-group', '--no-create-home', name], {});
  const created = await lookup(name);
  if (!created) throw new Error(`created the OS user "${name}" but cannot read its uid`);
  return created;
}

async function lookup(name: string): Promise<OsUser | undefined> {
  try {
    const uid = Number((await runCommand('id', ['-u', name], {})).trim());
    const gid = Number((await runCommand('id', ['-g', name], {})).trim());
    return { uid, gid };
  } catch {
    return undefined;
  }
}
