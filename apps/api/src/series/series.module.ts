import { Module } from '@nestjs/common';
import { SeriesResolver } from './series.resolver.js';
import { SeriesService } from './series.service.js';

@Module({ providers: [SeriesService, SeriesResolver], exports: [SeriesService] })
export class SeriesModule {}
