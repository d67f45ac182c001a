import { Module } from '@nestjs/common';
import { DatasetPublisher } from '../datasets/dataset-publisher.service.js';
import { IngestionJobs } from './ingestion-jobs.service.js';
import { IngestionResolver } from './ingestion.resolver.js';
import { IngestionService } from './ingestion.service.js';
import { DatasetStager } from './staging/dataset-stager.js';
import { ValidationPool } from './validation/validation-pool.js';

@Module({
  providers: [IngestionJobs, ValidationPool, DatasetStager, DatasetPublisher, IngestionService, IngestionResolver],
  exports: [IngestionJobs, IngestionService, DatasetPublisher, ValidationPool],
})
export class IngestionModule {}
