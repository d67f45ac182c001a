import { Global, Module } from '@nestjs/common';
import { AnalysisCache } from './analysis-cache.service.js';

@Global()
@Module({ providers: [AnalysisCache], exports: [AnalysisCache] })
export class AnalysisCacheModule {}
