import { Module } from '@nestjs/common';
import { DatasetPublisher } from '../datasets/dataset-publisher.service.js';
import { IngestionJobs } from './ingestion-jobs.service.js';
import { IngestionService } from './ingestion.service.js';
import { DatasetStager } from './staging/dataset-stager.js';

@Module({
  providers: [IngestionJobs, DatasetStager, DatasetPublisher, IngestionService],
  exports: [IngestionJobs, IngestionService, DatasetPublisher],
})
export class IngestionModule {}
