import { InitialSchema1764122400000 } from './1764122400000-initial-schema.js';
import { PartnershipsAndPredictions1764126000000 } from './1764126000000-partnerships-and-predictions.js';
import { AccountsAndIngestionJobs1764136800000 } from './1764136800000-accounts-and-ingestion-jobs.js';
import { StagingSchemaAndUniqueSeriesPoints1764144000000 } from './1764144000000-staging-schema-and-unique-series-points.js';
import { AnalysisCache1764151200000 } from './1764151200000-analysis-cache.js';
import { PredictionProducts1764154800000 } from './1764154800000-prediction-products.js';
import { DurableGoods1764158400000 } from './1764158400000-durable-goods.js';
import { CatalogCitations1764162000000 } from './1764162000000-catalog-citations.js';
import { SessionsAndLoginThrottle1764171000000 } from './1764171000000-sessions-and-login-throttle.js';

/** Every migration, oldest first. TypeORM orders by the timestamp in the class name. */
export const MIGRATIONS = [
  InitialSchema1764122400000,
  PartnershipsAndPredictions1764126000000,
  AccountsAndIngestionJobs1764136800000,
  StagingSchemaAndUniqueSeriesPoints1764144000000,
  AnalysisCache1764151200000,
  PredictionProducts1764154800000,
  DurableGoods1764158400000,
  CatalogCitations1764162000000,
  SessionsAndLoginThrottle1764171000000,
];
