import { Module } from '@nestjs/common';
import { PartnershipsResolver } from './partnerships.resolver.js';
import { PartnershipsService } from './partnerships.service.js';

@Module({ providers: [PartnershipsService, PartnershipsResolver] })
export class PartnershipsModule {}
