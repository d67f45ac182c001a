import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module.js';
import { SeriesModule } from '../series/series.module.js';
import { BundlingEffectsResolver } from './bundling-effects.resolver.js';
import { BundlingEffectsService } from './bundling-effects.service.js';

@Module({ imports: [EventsModule, SeriesModule], providers: [BundlingEffectsService, BundlingEffectsResolver] })
export class BundlingEffectsModule {}
