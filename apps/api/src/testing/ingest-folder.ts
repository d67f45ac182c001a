import type { INestApplication } from '@nestjs/common';
import { readDatasetFolder } from '@marketlens/ingest';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { IngestionService } from '../ingestion/ingestion.service.js';

/** Ingests a dataset folder through the real pipeline (stage, then publish), as the seed does. */
export async function ingestFolder(app: INestApplication, directory: string, user = 'test') {
  const input = await readDatasetFolder(directory);
  const named = { ...input, resources: input.resources.map((resource) => ({ ...resource, path: basename(resource.path) })) };
  return app.get(IngestionService).ingest(named, await readFile(`${directory}/datapackage.json`, 'utf8'), user);
}
