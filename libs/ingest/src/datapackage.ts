import { isWebLink, parsePeriod, slugOf } from '@marketlens/domain';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { z } from 'zod';
import type { Problem } from './problem.js';
import { RESOURCE_KINDS, type ResourceKind } from './resources/resource-definition.js';

const periodLabel = z
  .string()
  .refine((value) => value === '' || parsePeriod(value).ok, 'is not a date as YYYY, YYYY-MM or YYYY-MM-DD');

const LINK_MESSAGE = 'must be an http:// or https:// address (the link readers follow to the source)';

/** A source's or licence's address: an http(s) link, or '' for none. */
const link = z.string().trim().refine((value) => value === '' || isWebLink(value), LINK_MESSAGE);

const sourceSchema = z.object({
  id: z.string().trim().min(1),
  title: z.string().trim().min(1),
  path: link.optional(),
  publisher: z.string().trim().optional(),
  published: periodLabel.optional(),
  note: z.string().optional(),
});

const resourceSchema = z.object({
  name: z.string().optional(),
  path: z
    .string()
    .trim()
    .min(1)
    .refine((path) => !path.includes('..') && !path.startsWith('/'), 'must be a relative path inside the package'),
  profile: z.enum(RESOURCE_KINDS),
});

const dataPackageSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1)
    .refine((name) => slugOf(name) === name, 'must be a slug of lowercase letters, digits and dashes'),
  title: z.string().trim().min(1),
  description: z.string().optional(),
  licenses: z.array(z.object({ name: z.string().optional(), path: link.optional(), title: z.string().optional() })).optional(),
  contributors: z.array(z.object({ title: z.string(), role: z.string().optional(), email: z.string().optional() })).optional(),
  sources: z.array(sourceSchema).default([]),
  resources: z.array(resourceSchema).min(1),
});

export type DataPackage = z.infer<typeof dataPackageSchema>;
export type PackageSource = z.infer<typeof sourceSchema>;
export interface PackageResource {
  readonly path: string;
  readonly kind: ResourceKind;
}

export type DataPackageResult = { ok: true; descriptor: DataPackage } | { ok: false; problems: Problem[] };

/** Validates a datapackage.json text; problems name the JSON path of each bad property. */
export function parseDataPackage(text: string, file = 'datapackage.json'): DataPackageResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ file, line: 0, message: `is not valid JSON: ${(error as Error).message}` }] };
  }
  const parsed = dataPackageSchema.safeParse(json);
  if (!parsed.success) {
    const root = parseTree(text);
    const problems = parsed.error.issues.map((issue): Problem => {
      const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
      const node = root && findNodeAtLocation(root, path);
      const value = typeof node?.value === 'string' && issue.message === LINK_MESSAGE ? { value: node.value.trim() } : {};
      return { file, line: node ? lineOf(text, node.offset) : 0, column: path.join('.') || '(root)', ...value, message: issue.message };
    });
    return { ok: false, problems };
  }
  const duplicates = duplicateSourceIds(parsed.data.sources);
  if (duplicates.length > 0) {
    return { ok: false, problems: duplicates.map((id) => ({ file, line: 0, column: 'sources', value: id, message: 'is defined twice' })) };
  }
  return { ok: true, descriptor: parsed.data };
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++;
  return line;
}

function duplicateSourceIds(sources: readonly PackageSource[]): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const source of sources) {
    if (seen.has(source.id)) duplicates.add(source.id);
    seen.add(source.id);
  }
  return [...duplicates];
}
