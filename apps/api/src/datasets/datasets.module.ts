import { Module } from '@nestjs/common';
import { IngestionModule } from '../ingestion/ingestion.module.js';
import { DatasetSeeder } from './dataset-seeder.js';
import { DatasetsResolver } from './datasets.resolver.js';
import { DatasetsService } from './datasets.service.js';

@Module({
  imports: [IngestionModule],
  providers: [DatasetSeeder, DatasetsService, DatasetsResolver],
  exports: [DatasetSeeder],
})
export class DatasetsModule {}
