import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/roles.decorator.js';
import { DatasetsService } from './datasets.service.js';
import { RestoreVersionArgs } from './dto/restore-version.args.js';
import { DatasetModel } from './models/dataset.model.js';

@Resolver()
export class DatasetsResolver {
  constructor(private readonly datasetsService: DatasetsService) {}

  @Query(() => [DatasetModel], { description: 'Every dataset with its versions and the sources its current version cites.' })
  datasets(): Promise<DatasetModel[]> {
    return this.datasetsService.list();
  }

  @Roles('researcher', 'admin')
  @Mutation(() => DatasetModel, { description: 'Makes a listed version of a dataset the current one again.' })
  restoreDatasetVersion(@Args() args: RestoreVersionArgs): Promise<DatasetModel> {
    return this.datasetsService.restore(args.dataset, args.version);
  }
}
