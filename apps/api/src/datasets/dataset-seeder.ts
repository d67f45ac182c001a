import { Injectable } from '@nestjs/common';
import { listDatasetFolders, readDatasetFolder, type DatasetInput } from '@marketlens/ingest';
import type { Logger } from 'pino';
import { DatasetPublisher, type PublishResult } from './dataset-publisher.service.js';

export const SEED_USER = 'system:datasets';

const isCatalog = (input: DatasetInput): boolean => input.resources.every((resource) => resource.kind === 'vendors' || resource.kind === 'products');

/** Loads the curated datasets/ folder; content already loaded (same checksum) is skipped. */
@Injectable()
export class DatasetSeeder {
  constructor(private readonly publisher: DatasetPublisher) {}

  async seed(directory: string, logger: Logger): Promise<PublishResult[]> {
    const results: PublishResult[] = [];
    const inputs = await Promise.all((await listDatasetFolders(directory)).map((folder) => readDatasetFolder(folder)));
    // Catalog-only packages first: events and partnerships name the vendors and products they define.
    inputs.sort((a, b) => Number(!isCatalog(a)) - Number(!isCatalog(b)));
    for (const input of inputs) {
      const result = await this.publisher.publish(input, SEED_USER, directory);
      logger.info({ dataset: result.dataset, version: result.version, status: result.status, rows: result.rows }, 'dataset loaded');
      results.push(result);
    }
    return results;
  }
}
