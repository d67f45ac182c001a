import { Module } from '@nestjs/common';
import { SeriesModule } from '../series/series.module.js';
import { BassScenarioService } from './bass-scenario.service.js';
import { ForecastsResolver } from './forecasts.resolver.js';
import { ForecastsService } from './forecasts.service.js';
import { ScorecardService } from './scorecard.service.js';

@Module({ imports: [SeriesModule], providers: [ForecastsService, ScorecardService, BassScenarioService, ForecastsResolver] })
export class ForecastsModule {}
