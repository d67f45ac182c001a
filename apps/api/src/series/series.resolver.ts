import { Args, Query, Resolver } from '@nestjs/graphql';
import { FieldCost } from '../graphql/field-cost.js';
import { SeriesCatalogArgs } from './dto/series-catalog.args.js';
import { SeriesKeyInput } from './dto/series-key.input.js';
import { SeriesModel, SeriesSummaryModel } from './models/series.model.js';
import { SeriesService } from './series.service.js';

@Resolver()
export class SeriesResolver {
  constructor(private readonly seriesService: SeriesService) {}

  @Query(() => SeriesModel, { complexity: FieldCost.lookup, description: 'One series’ points, each with its citation.' })
  series(@Args('key') key: SeriesKeyInput): Promise<SeriesModel> {
    return this.seriesService.series(key);
  }

  @Query(() => [SeriesSummaryModel], { complexity: FieldCost.scan, description: 'The series in the current data, longest first.' })
  seriesCatalog(@Args() args: SeriesCatalogArgs): Promise<SeriesSummaryModel[]> {
    return this.seriesService.catalog(args.productId, args.take);
  }
}
