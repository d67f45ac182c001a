import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** A function exported by a module that runs in a worker thread; F types its input and result. */
export interface WorkerTask<F extends (input: never) => unknown> {
  /** The compiled module (a file URL). */
  readonly module: string;
  /** The export to call. */
  readonly name: string;
  /** Only carries F for the type checker. */
  readonly signature?: F;
}

/** apps/api/src when the API runs from its TypeScript sources (tests), apps/api/dist when compiled. */
const CODE_ROOT = fileURLToPath(new URL('..', import.meta.url));
const FROM_SOURCES = import.meta.url.endsWith('.ts');

/**
 * Names `name` exported by the module at `relativePath` (`./x.task.js`) from `base`, the caller's
 * import.meta.url. Workers load compiled JavaScript: run from the sources, that is the module's
 * twin in dist/, which the integration tests' set-up builds.
 */
export function workerTask<F extends (input: never) => unknown>(base: string, relativePath: string, name: string): WorkerTask<F> {
  const file = fileURLToPath(new URL(relativePath, base));
  const compiled = FROM_SOURCES ? join(CODE_ROOT, '../dist', relative(CODE_ROOT, file)) : file;
  return { module: pathToFileURL(compiled).href, name };
}
