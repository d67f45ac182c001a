import { createReadStream } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { parseDataPackage, type DataPackage } from './datapackage.js';
import { IngestError } from './problem.js';
import { RESOURCE_ORDER, type ResourceKind } from './resources/index.js';

export interface DatasetFile {
  readonly path: string;
  open(): Readable;
}

export interface DatasetResource extends DatasetFile {
  readonly kind: ResourceKind;
}

export interface DatasetInput {
  readonly descriptor: DataPackage;
  /** The descriptor file, when the dataset came as a folder. */
  readonly descriptorFile?: DatasetFile;
  /** In RESOURCE_ORDER. */
  readonly resources: readonly DatasetResource[];
}

/** Reads a dataset folder (datapackage.json and its resources) without loading the resources. */
export async function readDatasetFolder(directory: string): Promise<DatasetInput> {
  const descriptorPath = join(directory, 'datapackage.json');
  const text = await readFile(descriptorPath, 'utf8').catch(() => {
    throw new IngestError([{ file: descriptorPath, line: 0, message: 'is missing; every dataset folder needs one' }]);
  });
  const parsed = parseDataPackage(text, descriptorPath);
  if (!parsed.ok) throw new IngestError(parsed.problems);
  const resources = parsed.descriptor.resources
    .map((resource) => {
      const path = join(directory, resource.path);
      return { kind: resource.profile, path, open: () => createReadStream(path) };
    })
    .sort((a, b) => RESOURCE_ORDER.indexOf(a.kind) - RESOURCE_ORDER.indexOf(b.kind));
  return { descriptor: parsed.descriptor, descriptorFile: { path: descriptorPath, open: () => createReadStream(descriptorPath) }, resources };
}

/** The dataset folders directly below `root` (each holding a datapackage.json), sorted by name. */
export async function listDatasetFolders(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true });
  const folders: string[] = [];
  for (const entry of entries.filter((candidate) => candidate.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const files = await readdir(join(root, entry.name));
    if (files.includes('datapackage.json')) folders.push(join(root, entry.name));
  }
  return folders;
}
