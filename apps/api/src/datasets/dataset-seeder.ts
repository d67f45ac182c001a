import { Injectable } from '@nestjs/common';
import { listDatasetFolders, readDatasetFolder, type DatasetInput } from '@marketlens/ingest';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import type { Logger } from 'pino';
import { IngestionService } from '../ingestion/ingestion.service.js';
import type { PublishResult } from './dataset-publisher.service.js';

export const SEED_USER = 'system:datasets';

const isCatalog = (input: DatasetInput): boolean => input.resources.every((resource) => resource.kind === 'vendors' || resource.kind === 'products');

/** Loads the curated datasets/ folder through the ingestion pipeline; content already loaded (same checksum) is skipped. */
@Injectable()
export class DatasetSeeder {
  constructor(private readonly ingestion: IngestionService) {}

  async seed(directory: string, logger: Logger): Promise<PublishResult[]> {
    const results: PublishResult[] = [];
    const inputs = await Promise.all((await listDatasetFolders(directory)).map((folder) => readDatasetFolder(folder)));
    // Catalog-only packages first: events and partnerships name the vendors and products they define.
    inputs.sort((a, b) => Number(!isCatalog(a)) - Number(!isCatalog(b)));
    for (const input of inputs) {
      const named = { ...input, resources: input.resources.map((resource) => ({ ...resource, path: relative(directory, resource.path) })) };
      const descriptorText = input.descriptorFile ? await readFile(input.descriptorFile.path, 'utf8') : null;
      const { result } = await this.ingestion.ingest(named, descriptorText, SEED_USER);
      logger.info({ dataset: result.dataset, version: result.version, status: result.status, rows: result.rows }, 'dataset loaded');
      results.push(result);
    }
    return results;
  }
}
