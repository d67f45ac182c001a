import { slugOf } from '@marketlens/domain';
import {
  RESOURCE_DEFINITIONS,
  RESOURCE_ORDER,
  detectResourceKind,
  parseDataPackage,
  type DataPackage,
  type DatasetInput,
  type Problem,
} from '@marketlens/ingest';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';

/** A file as it arrived: a name, and a way to read it (more than once). */
export interface ArrivedFile {
  readonly name: string;
  open(): Readable;
}

/** Reads a file's header (off the event loop: a JSON file is parsed whole to find its first object). */
export type HeaderReader = (input: Readable, file: string) => Promise<readonly string[] | Problem>;

export type UploadPlan = { ok: true; input: DatasetInput; descriptorText: string | null } | { ok: false; problems: Problem[] };

const isDescriptor = (file: ArrivedFile): boolean => basename(file.name).toLowerCase() === 'datapackage.json';

/** A datapackage.json describes files; it never needs to be large. */
export const MAX_DESCRIPTOR_BYTES = 1024 * 1024;

async function readDescriptor(file: ArrivedFile): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  const input = file.open();
  try {
    for await (const chunk of input) {
      size += (chunk as Buffer).length;
      if (size > MAX_DESCRIPTOR_BYTES) return undefined;
      chunks.push(chunk as Buffer);
    }
  } finally {
    input.destroy();
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Turns uploaded files into a dataset input. With a datapackage.json the package names its
 * resources and their kinds; without one, each file's kind is recognized from its header and the
 * dataset is named after the first file (or `dataset`).
 */
export async function planUpload(files: readonly ArrivedFile[], dataset: string | undefined, readHeader: HeaderReader): Promise<UploadPlan> {
  const descriptorFile = files.find(isDescriptor);
  const dataFiles = files.filter((file) => !isDescriptor(file));
  if (dataFiles.length === 0) return { ok: false, problems: [{ file: files[0]?.name ?? 'upload', line: 0, message: 'has no data file; send a CSV or JSON file (and optionally its datapackage.json)' }] };
  if (descriptorFile) {
    const text = await readDescriptor(descriptorFile);
    if (text === undefined) return { ok: false, problems: [{ file: descriptorFile.name, line: 0, message: `is larger than ${MAX_DESCRIPTOR_BYTES / 1024 / 1024} MB; a datapackage.json describes the data files, it does not hold them` }] };
    const parsed = parseDataPackage(text, descriptorFile.name);
    if (!parsed.ok) return { ok: false, problems: parsed.problems };
    return withDescriptor(parsed.descriptor, text, dataFiles);
  }
  return withoutDescriptor(dataFiles, dataset, readHeader);
}

function withDescriptor(descriptor: DataPackage, text: string, files: readonly ArrivedFile[]): UploadPlan {
  const problems: Problem[] = [];
  const byName = new Map(files.map((file) => [basename(file.name), file]));
  const resources = descriptor.resources.flatMap((resource) => {
    const file = byName.get(basename(resource.path));
    if (!file) {
      problems.push({ file: 'datapackage.json', line: 0, column: 'resources', value: resource.path, message: 'is listed as a resource but was not uploaded' });
      return [];
    }
    byName.delete(basename(resource.path));
    return [{ kind: resource.profile, path: file.name, open: () => file.open() }];
  });
  for (const name of byName.keys()) problems.push({ file: name, line: 0, message: 'was uploaded but is not a resource of datapackage.json' });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, input: { descriptor, resources: sortByKind(resources) }, descriptorText: text };
}

async function withoutDescriptor(files: readonly ArrivedFile[], dataset: string | undefined, readHeader: HeaderReader): Promise<UploadPlan> {
  const problems: Problem[] = [];
  const resources = [];
  for (const file of files) {
    const header = await readHeader(file.open(), file.name);
    if (!Array.isArray(header)) {
      problems.push(header as Problem);
      continue;
    }
    const definition = detectResourceKind(header, Object.values(RESOURCE_DEFINITIONS));
    if (!definition) {
      const expected = RESOURCE_DEFINITIONS.observations.columns.join(',');
      problems.push({ file: file.name, line: 1, message: `has a header that matches no dataset kind; observations need ${expected}[,note] (see docs/datasets.md)` });
      continue;
    }
    resources.push({ kind: definition.kind, path: file.name, open: () => file.open() });
  }
  if (problems.length > 0) return { ok: false, problems };
  const name = slugOf(dataset ?? basename(files[0]!.name).replace(/\.(csv|json)$/i, '')) || 'upload';
  const descriptor: DataPackage = { name, title: dataset ?? basename(files[0]!.name), sources: [], resources: resources.map((resource) => ({ path: resource.path, profile: resource.kind })) };
  return { ok: true, input: { descriptor, resources: sortByKind(resources) }, descriptorText: null };
}

function sortByKind<T extends { kind: (typeof RESOURCE_ORDER)[number] }>(resources: T[]): T[] {
  return [...resources].sort((a, b) => RESOURCE_ORDER.indexOf(a.kind) - RESOURCE_ORDER.indexOf(b.kind));
}
