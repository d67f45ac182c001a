import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { periodLabel } from '@marketlens/domain';
import type { Repository } from 'typeorm';
import { toProductModel, toVendorModel } from '../catalog/catalog.service.js';
import { AppError, AppErrorCode } from '../errors/app-error.js';
import { toSourceModel } from '../sources/models/source.model.js';
import { EventEntity } from './event.entity.js';
import type { EventModel } from './models/event.model.js';

function toEventModel(event: EventEntity): EventModel {
  return {
    id: String(event.id),
    date: periodLabel(event.occurredOn, event.granularity),
    start: event.occurredOn,
    granularity: event.granularity,
    kind: event.kind,
    title: event.title,
    description: event.description,
    vendors: event.actors.flatMap((actor) => (actor.vendor ? [toVendorModel(actor.vendor)] : [])),
    products: event.actors.flatMap((actor) => (actor.product ? [toProductModel(actor.product)] : [])),
    source: toSourceModel(event.source),
    note: event.note,
  };
}

@Injectable()
export class EventsService {
  constructor(@InjectRepository(EventEntity) private readonly events: Repository<EventEntity>) {}

  /** Events of the current dataset versions, in date order; optionally within [from, to]. */
  async list(from?: string, to?: string): Promise<EventModel[]> {
    const query = this.currentEvents();
    if (from) query.andWhere('event.occurred_on >= :from', { from });
    if (to) query.andWhere('event.occurred_on <= :to', { to });
    return (await query.getMany()).map(toEventModel);
  }

  async findOne(id: string): Promise<EventModel> {
    const event = await this.currentEvents().andWhere('event.id = :id', { id: Number(id) }).getOne();
    if (!event) throw new AppError(AppErrorCode.NotFound, `No event with id ${id}.`);
    return toEventModel(event);
  }

  private currentEvents() {
    return this.events
      .createQueryBuilder('event')
      .innerJoin('datasets', 'dataset', 'dataset.current_version_id = event.dataset_version_id')
      .innerJoinAndSelect('event.source', 'source')
      .leftJoinAndSelect('event.actors', 'actor')
      .leftJoinAndSelect('actor.vendor', 'vendor')
      .leftJoinAndSelect('actor.product', 'product')
      .orderBy('event.occurred_on', 'ASC')
      .addOrderBy('event.id', 'ASC');
  }
}
