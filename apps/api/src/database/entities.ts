import { UserEntity } from '../auth/user.entity.js';
import { ProductAliasEntity } from '../catalog/product-alias.entity.js';
import { ProductEntity } from '../catalog/product.entity.js';
import { VendorAliasEntity } from '../catalog/vendor-alias.entity.js';
import { VendorEntity } from '../catalog/vendor.entity.js';
import { DatasetVersionEntity } from '../datasets/dataset-version.entity.js';
import { DatasetEntity } from '../datasets/dataset.entity.js';
import { EventActorEntity } from '../events/event-actor.entity.js';
import { EventEntity } from '../events/event.entity.js';
import { IngestionJobEntity } from '../ingestion/ingestion-job.entity.js';
import { SourceEntity } from '../sources/source.entity.js';

export const ENTITIES = [
  VendorEntity,
  VendorAliasEntity,
  ProductEntity,
  ProductAliasEntity,
  SourceEntity,
  DatasetEntity,
  DatasetVersionEntity,
  EventEntity,
  EventActorEntity,
  IngestionJobEntity,
  UserEntity,
];
