import { readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** graphql-upload buffers each file in the temporary folder under this name (fs-capacitor's). */
const UPLOAD_FILE = /^capacitor-[0-9a-f]{32}\.tmp$/;

/**
 * Removes upload buffers nobody has written to for `olderThanMs`: those of an API process that was
 * killed (SIGKILL, a crash of the machine) before it could remove them. A live upload writes its
 * file continuously and is read within seconds of its end, so an old file is an orphan.
 */
export async function removeStaleUploadFiles(olderThanMs: number, directory = tmpdir()): Promise<string[]> {
  const cutoff = Date.now() - olderThanMs;
  const removed: string[] = [];
  for (const name of await readdir(directory).catch(() => [])) {
    if (!UPLOAD_FILE.test(name)) continue;
    const path = join(directory, name);
    const info = await stat(path).catch(() => undefined);
    if (info && info.mtimeMs < cutoff) {
      await rm(path, { force: true });
      removed.push(name);
    }
  }
  return removed;
}
