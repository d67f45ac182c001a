import { Args, Query, Resolver } from '@nestjs/graphql';
import { EventsArgs } from './dto/events.args.js';
import { EventsService } from './events.service.js';
import { EventModel } from './models/event.model.js';

@Resolver()
export class EventsResolver {
  constructor(private readonly eventsService: EventsService) {}

  @Query(() => [EventModel], { description: 'Dated events that may move a series, oldest first.' })
  events(@Args() args: EventsArgs): Promise<EventModel[]> {
    return this.eventsService.list(args.from, args.to);
  }
}
