import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  eventsResource,
  observationsResource,
  partnershipsResource,
  predictionsResource,
  productsResource,
  readCsvResource,
  vendorsResource,
  type DatasetInput,
  type DatasetResource,
  type ResourceDefinition,
  type ResourceKind,
} from '@marketlens/ingest';
import { relative } from 'node:path';
import type { DataSource } from 'typeorm';
import { CatalogWriter } from '../catalog/catalog-writer.js';
import { ProductSink, VendorSink } from '../catalog/catalog-sinks.js';
import { EventSink } from '../events/event-sink.js';
import { ObservationSink } from '../observations/observation-sink.js';
import { PartnershipSink } from '../partnerships/partnership-sink.js';
import { PredictionSink } from '../predictions/prediction-sink.js';
import { checksumOf } from './checksum.js';
import { DatasetVersionWriter } from './dataset-version-writer.js';
import { ProblemCollector } from './problem-collector.js';
import type { PublishContext, RowSink } from './publish-context.js';
import { SourceResolver } from './source-resolver.js';

export interface PublishResult {
  readonly dataset: string;
  readonly version: number;
  /** `unchanged`: the same content was already uploaded; nothing was written. */
  readonly status: 'published' | 'unchanged';
  readonly rows: Partial<Record<ResourceKind, number>>;
  readonly createdVendors: readonly string[];
  readonly createdProducts: readonly string[];
}

interface Pipeline {
  readonly definition: ResourceDefinition<unknown>;
  readonly sink: RowSink<unknown>;
}

/** Pairs a resource definition with the sink for its rows (the row type checked here, erased after). */
function pipeline<Row>(definition: ResourceDefinition<Row>, sink: RowSink<Row>): Pipeline {
  return { definition, sink } as Pipeline;
}

/**
 * Publishes a dataset version all or nothing: every row is validated and written inside one
 * transaction, and the version only becomes current when nothing is wrong. A crash, a dropped
 * connection or one bad row anywhere leaves the database as it was.
 */
@Injectable()
export class DatasetPublisher {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async publish(input: DatasetInput, createdBy: string, baseDirectory?: string): Promise<PublishResult> {
    const checksum = await checksumOf([input.descriptorFile, ...input.resources]);
    return this.dataSource.transaction(async (manager) => {
      const versions = new DatasetVersionWriter(manager);
      const existing = await versions.lockAndFind(input.descriptor.name, checksum);
      if (existing) return { dataset: input.descriptor.name, version: existing.number, status: 'unchanged', rows: {}, createdVendors: [], createdProducts: [] };
      const version = await versions.create(input.descriptor, checksum, createdBy);
      const problems = new ProblemCollector();
      const catalog = new CatalogWriter(manager);
      const sources = await SourceResolver.forPackage(manager, input.descriptor.sources, problems);
      const context: PublishContext = { manager, versionId: version.id, catalog, problems, sourceId: (value, at) => sources.idOf(value, at) };
      const rows = await this.readResources(input.resources, context, baseDirectory);
      problems.throwIfAny();
      const rowCount = Object.values(rows).reduce((sum, count) => sum + count, 0);
      await versions.makeCurrent(version, rowCount);
      return { dataset: input.descriptor.name, version: version.number, status: 'published', rows, createdVendors: catalog.created.vendors, createdProducts: catalog.created.products };
    });
  }

  private async readResources(resources: readonly DatasetResource[], context: PublishContext, baseDirectory?: string): Promise<Partial<Record<ResourceKind, number>>> {
    const rows: Partial<Record<ResourceKind, number>> = {};
    for (const resource of resources) {
      const file = baseDirectory ? relative(baseDirectory, resource.path) : resource.path;
      const pipeline = this.pipelineFor(resource.kind, context);
      for await (const item of readCsvResource(resource.open(), pipeline.definition, file)) {
        if (item.type === 'problem') context.problems.add(item.problem);
        else await pipeline.sink.accept(item.row, file);
      }
      await pipeline.sink.finish();
      rows[resource.kind] = (rows[resource.kind] ?? 0) + pipeline.sink.count;
    }
    return rows;
  }

  private pipelineFor(kind: ResourceKind, context: PublishContext): Pipeline {
    switch (kind) {
      case 'vendors':
        return pipeline(vendorsResource, new VendorSink(context));
      case 'products':
        return pipeline(productsResource, new ProductSink(context));
      case 'observations':
        return pipeline(observationsResource, new ObservationSink(context));
      case 'events':
        return pipeline(eventsResource, new EventSink(context));
      case 'partnerships':
        return pipeline(partnershipsResource, new PartnershipSink(context));
      case 'predictions':
        return pipeline(predictionsResource, new PredictionSink(context));
    }
  }
}

