import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../auth/request-context.js';
import { Roles } from '../auth/roles.decorator.js';
import { DatasetsService } from './datasets.service.js';
import { RestoreVersionArgs } from './dto/restore-version.args.js';
import { DatasetModel } from './models/dataset.model.js';

@Resolver()
export class DatasetsResolver {
  constructor(private readonly datasetsService: DatasetsService) {}

  @Query(() => [DatasetModel], { description: 'Every dataset with its versions and the sources its current version cites.' })
  datasets(@Context() context: RequestContext): Promise<DatasetModel[]> {
    return this.datasetsService.list(isAdmin(context));
  }

  @Roles('researcher', 'admin')
  @Mutation(() => DatasetModel, { description: 'Makes a listed version of a dataset the current one again.' })
  restoreDatasetVersion(@Args() args: RestoreVersionArgs, @Context() context: RequestContext): Promise<DatasetModel> {
    return this.datasetsService.restore(args.dataset, args.version, isAdmin(context));
  }
}

const isAdmin = (context: RequestContext): boolean => context.req.user?.role === 'admin';
