import { Module } from '@nestjs/common';
import { DatasetPublisher } from './dataset-publisher.service.js';
import { DatasetSeeder } from './dataset-seeder.js';

@Module({
  providers: [DatasetPublisher, DatasetSeeder],
  exports: [DatasetPublisher, DatasetSeeder],
})
export class DatasetsModule {}
