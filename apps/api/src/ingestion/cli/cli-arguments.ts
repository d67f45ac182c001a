import { isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';

export interface CliArguments {
  readonly paths: string[];
  readonly datapackage: string | undefined;
  readonly dataset: string | undefined;
  readonly validateOnly: boolean;
}

export const USAGE = `usage: npm run ingest -- <file.csv|file.json|dataset-folder> [more files] [--datapackage datapackage.json] [--dataset name] [--validate-only]

  Validates the files and publishes them as a new version of a dataset, all or nothing.
  A folder must hold a datapackage.json. Without one, each file's kind is recognized from its header
  and the dataset is named after the first file (or --dataset). Uses DATABASE_URL when set, else the
  embedded database (attaching to it when \`npm start\` is running).`;

/** Paths are resolved against the directory the user ran npm from (npm runs scripts from the repository root). */
export function parseCliArguments(argv: readonly string[], cwd = process.env['INIT_CWD'] ?? process.cwd()): CliArguments {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      datapackage: { type: 'string' },
      dataset: { type: 'string' },
      'validate-only': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || positionals.length === 0) throw new UsageError(USAGE);
  const absolute = (path: string): string => (isAbsolute(path) ? path : resolve(cwd, path));
  return {
    paths: positionals.map(absolute),
    datapackage: values.datapackage ? absolute(values.datapackage) : undefined,
    dataset: values.dataset,
    validateOnly: values['validate-only'] ?? false,
  };
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}
