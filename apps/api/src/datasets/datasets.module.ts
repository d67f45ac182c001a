import { Module } from '@nestjs/common';
import { IngestionModule } from '../ingestion/ingestion.module.js';
import { DatasetSeeder } from './dataset-seeder.js';

@Module({
  imports: [IngestionModule],
  providers: [DatasetSeeder],
  exports: [DatasetSeeder],
})
export class DatasetsModule {}
