import { readDatasetFolder, type Problem } from '@marketlens/ingest';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, relative } from 'node:path';
import { planUpload, type HeaderReader, type UploadPlan } from '../upload/uploaded-files.js';
import type { CliArguments } from './cli-arguments.js';

/** The files named on the command line as a dataset input, through the same planning as an upload. */
export async function planCliInput(args: CliArguments, maxBytes: number, readHeader: HeaderReader): Promise<UploadPlan & { bytes: number }> {
  const first = args.paths[0]!;
  if (args.paths.length === 1 && (await stat(first)).isDirectory()) {
    const input = await readDatasetFolder(first);
    const resources = input.resources.map((resource) => ({ ...resource, path: relative(first, resource.path) }));
    const sizes = await Promise.all(input.resources.map((resource) => stat(resource.path).then((info) => info.size)));
    const descriptorText = await readFile(`${first}/datapackage.json`, 'utf8');
    return { ok: true, input: { ...input, resources }, descriptorText, bytes: sizes.reduce((sum, size) => sum + size, 0) };
  }
  const paths = args.datapackage ? [args.datapackage, ...args.paths] : args.paths;
  const problems: Problem[] = [];
  let bytes = 0;
  for (const path of paths) {
    const size = (await stat(path)).size;
    bytes += size;
    if (size > maxBytes) problems.push({ file: basename(path), line: 0, message: `is ${Math.round(size / 1024 / 1024)} MB, over the limit of ${Math.round(maxBytes / 1024 / 1024)} MB (UPLOAD_MAX_BYTES)` });
  }
  if (problems.length > 0) return { ok: false, problems, bytes };
  const plan = await planUpload(paths.map((path) => ({ name: basename(path), open: () => createReadStream(path) })), args.dataset, readHeader);
  return { ...plan, bytes };
}
