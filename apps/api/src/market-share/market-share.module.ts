import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SourceEntity } from '../sources/source.entity.js';
import { MarketShareResolver } from './market-share.resolver.js';
import { MarketShareService } from './market-share.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([SourceEntity])],
  providers: [MarketShareService, MarketShareResolver],
})
export class MarketShareModule {}
