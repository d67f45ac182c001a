/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type BassScenarioInput = {
  /** When the bundling effect starts (ISO date), e.g. the Windows XP launch. */
  effectFrom?: string | null | undefined;
  horizon?: number;
  /** The level change to apply from then on (e.g. the analyst view’s estimate), in the series’ base unit. */
  levelChange?: number | null | undefined;
  /** Market potential; the fitted one when absent. */
  m?: number | null | undefined;
  p?: number | null | undefined;
  q?: number | null | undefined;
  series: SeriesKeyInput;
};

export type BundlingEffectInput = {
  /** Difference-in-differences: the control series. */
  control?: SeriesKeyInput | null | undefined;
  /** Synthetic control: donor series (at most 20). */
  donors?: Array<SeriesKeyInput> | null | undefined;
  /** The event whose effect to estimate (e.g. the Windows XP launch). */
  eventId: string;
  method: EffectMethod;
  /** The series the event may have moved. */
  series: SeriesKeyInput;
};

/** Counterfactual from the series’ own past, from a control product, or from a weighted mix of donor products. */
export type EffectMethod =
  | 'DIFFERENCE_IN_DIFFERENCES'
  | 'INTERRUPTED_TIME_SERIES'
  | 'SYNTHETIC_CONTROL';

export type EventKind =
  | 'acquisition'
  | 'bundling'
  | 'launch'
  | 'milestone'
  | 'partnership'
  | 'price_change'
  | 'rename';

export type ForecastInput = {
  /** Vintage: fit only on data up to this date (ISO YYYY-MM-DD), as it was known then. */
  asOf?: string | null | undefined;
  /** Periods to forecast (1–20). */
  horizon?: number;
  model?: ForecastModelName;
  series: SeriesKeyInput;
};

/** AUTO: the model that forecast this series best in a rolling-origin backtest. */
export type ForecastModelName =
  | 'AUTO'
  | 'BASS'
  | 'BASS_DENSITY'
  | 'BASS_OLS'
  | 'GOMPERTZ'
  | 'HOLT_DAMPED'
  | 'LOGISTIC'
  | 'NAIVE';

export type Granularity =
  | 'day'
  | 'month'
  | 'quarter'
  | 'year';

/** created → receiving → validated (ready to publish) or rejected → published or unchanged; failed when interrupted; discarded when not published. */
export type IngestionStatus =
  | 'created'
  | 'discarded'
  | 'failed'
  | 'published'
  | 'receiving'
  | 'rejected'
  | 'unchanged'
  | 'validated';

export type Metric =
  | 'active_users'
  | 'adopters'
  | 'concurrent_users'
  | 'cumulative_shipments'
  | 'enterprise_penetration'
  | 'growth_rate'
  | 'installed_base'
  | 'lines'
  | 'messages'
  | 'minutes'
  | 'multi_client_overlap'
  | 'net_additions'
  | 'price'
  | 'registered_users'
  | 'reported_share'
  | 'revenue'
  | 'shipments'
  | 'subscribers'
  | 'unique_users'
  | 'usage_rate';

export type PartnershipKind =
  | 'distribution'
  | 'equipment_supply'
  | 'investment'
  | 'network_carriage'
  | 'pc_to_phone_termination'
  | 'technology';

/** viewer: read; researcher: upload and manage datasets; admin: everything, and users. */
export type Role =
  | 'admin'
  | 'researcher'
  | 'viewer';

export type Segment =
  | 'all'
  | 'consumer'
  | 'enterprise'
  | 'home'
  | 'home_and_work'
  | 'work';

/** Names one series. */
export type SeriesKeyInput = {
  geography: string;
  metric: Metric;
  /** Who measured it (a source publisher). */
  panel: string;
  productId: string;
  segment: Segment;
};

export type ForecastChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type ForecastChoicesQuery = { seriesCatalog: Array<{ productId: string, product: string, metric: Metric, segment: Segment, geography: string, panel: string, points: number, firstPeriod: string, lastPeriod: string }>, events: Array<{ id: string, date: string, start: string, kind: EventKind, title: string }> };

export type ForecastQueryVariables = Exact<{
  input: ForecastInput;
}>;


export type ForecastQuery = { forecast: { model: string | null, chosenBy: string, vintage: string | null, warnings: Array<string>, parameters: Array<{ name: string, estimate: number }>, series: { product: string, productId: string, metric: Metric, segment: Segment, geography: string, panel: string, unit: string }, history: Array<{ period: string, start: string, granularity: Granularity, value: number, originalValue: number, originalUnit: string, note: string | null, source: { id: string, title: string, url: string | null, publisher: string | null, published: string | null } }>, actualsAfter: Array<{ period: string, start: string, granularity: Granularity, value: number, originalValue: number, originalUnit: string, note: string | null, source: { id: string, title: string, url: string | null, publisher: string | null, published: string | null } }>, points: Array<{ period: string, start: string, value: number, lower80: number, upper80: number, lower95: number, upper95: number }>, backtest: Array<{ model: string, mase: number | null, mape: number | null, coverage80: number | null, coverage95: number | null, eligible: boolean, origins: number, note: string | null }> } };

export type PredictionScorecardQueryVariables = Exact<{ [key: string]: never; }>;


export type PredictionScorecardQuery = { predictionScorecard: { hits: number, misses: number, unscored: number, meanBrier: number | null, rule: string, predictions: Array<{ id: string, forecaster: string, madeOn: string, target: string, metric: string, segment: string, geography: string, product: string | null, value: number, originalValue: number, originalUnit: string, probability: number | null, note: string | null, error: number | null, hit: boolean | null, brier: number | null, flags: Array<string>, source: { id: string, title: string, url: string | null, publisher: string | null, published: string | null }, actual: { value: number, originalValue: number, originalUnit: string, period: string, product: string, segment: string, geography: string, note: string | null, source: { id: string, title: string, url: string | null, publisher: string | null, published: string | null } } | null }> } };

export type BassScenarioQueryVariables = Exact<{
  input: BassScenarioInput;
}>;


export type BassScenarioQuery = { bassScenario: { warnings: Array<string>, fitted: { m: number, p: number, q: number } | null, used: { m: number, p: number, q: number }, points: Array<{ period: string, start: string, actual: number | null, baseline: number, withEffect: number | null }> } };

export type BassScenarioCurveFragment = { warnings: Array<string>, fitted: { m: number, p: number, q: number } | null, used: { m: number, p: number, q: number }, points: Array<{ period: string, start: string, actual: number | null, baseline: number, withEffect: number | null }> };

export type ScenarioStartQueryVariables = Exact<{
  input: BassScenarioInput;
  series: SeriesKeyInput;
}>;


export type ScenarioStartQuery = { bassScenario: { warnings: Array<string>, fitted: { m: number, p: number, q: number } | null, used: { m: number, p: number, q: number }, points: Array<{ period: string, start: string, actual: number | null, baseline: number, withEffect: number | null }> }, series: { unit: string } };

export type LevelChangeEstimateQueryVariables = Exact<{
  input: BundlingEffectInput;
}>;


export type LevelChangeEstimateQuery = { bundlingEffect: { ok: boolean, warnings: Array<string>, levelChange: { estimate: number, lower: number, upper: number } | null } };

export type MarketShareViewsQueryVariables = Exact<{ [key: string]: never; }>;


export type MarketShareViewsQuery = { marketShareViews: Array<{ metric: Metric, segment: Segment, geography: string, productCount: number, periodCount: number, firstPeriod: string, lastPeriod: string, source: { id: string, title: string, publisher: string | null, published: string | null } }> };

export type MarketShareQueryVariables = Exact<{
  metric: Metric;
  segment: Segment;
  geography: string;
  sourceId: string;
  from?: string | null | undefined;
  to?: string | null | undefined;
  granularity?: Granularity | null | undefined;
}>;


export type MarketShareQuery = { marketShare: { metric: Metric, segment: Segment, geography: string, unit: string, source: { id: string, title: string, url: string | null, publisher: string | null, published: string | null }, products: Array<{ id: string, name: string, vendor: { name: string } | null }>, periods: Array<{ label: string, start: string, granularity: Granularity, total: number, hhi: number, cr1: number, cr3: number, missingProductIds: Array<string>, entries: Array<{ value: number, share: number, originalValue: number, originalUnit: string, note: string | null, product: { id: string, name: string } }> }> } };

export type TimelineEventsQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type TimelineEventsQuery = { events: Array<{ id: string, date: string, start: string, kind: EventKind, title: string, description: string | null, note: string | null, source: { id: string, title: string, url: string | null, publisher: string | null, published: string | null } }> };

export type SeriesPointFieldsFragment = { period: string, start: string, granularity: Granularity, value: number, originalValue: number, originalUnit: string, note: string | null, source: { id: string, title: string, url: string | null, publisher: string | null, published: string | null } };

export type DatasetsQueryVariables = Exact<{ [key: string]: never; }>;


export type DatasetsQuery = { datasets: Array<{ id: string, slug: string, title: string, description: string | null, currentVersion: number | null, versions: Array<{ number: number, rowCount: number, createdBy: string, createdByEmail: string | null, createdAt: string, current: boolean }>, sources: Array<{ id: string, title: string, publisher: string | null, published: string | null, url: string | null }> }> };

export type RestoreDatasetVersionMutationVariables = Exact<{
  dataset: string;
  version: number;
}>;


export type RestoreDatasetVersionMutation = { restoreDatasetVersion: { slug: string, currentVersion: number | null } };

export type IngestionJobFieldsFragment = { id: string, status: IngestionStatus, dataset: string | null, files: Array<string>, message: string | null, bytesReceived: number, bytesTotal: number | null, rowsValidated: number, problemCount: number, problems: Array<{ file: string, line: number, column: string | null, value: string | null, message: string }>, preview: Array<{ file: string, kind: string, line: number, values: Array<{ name: string, value: string }> }>, result: { dataset: string, version: number, createdProducts: Array<string>, createdVendors: Array<string>, rows: Array<{ kind: string, count: number }> } | null };

export type CreateIngestionJobMutationVariables = Exact<{
  files: Array<string> | string;
  bytesTotal?: number | null | undefined;
}>;


export type CreateIngestionJobMutation = { createIngestionJob: { id: string } };

export type UploadDatasetMutationVariables = Exact<{
  jobId: string;
  files: Array<unknown> | unknown;
  dataset?: string | null | undefined;
}>;


export type UploadDatasetMutation = { uploadDataset: { id: string, status: IngestionStatus, dataset: string | null, files: Array<string>, message: string | null, bytesReceived: number, bytesTotal: number | null, rowsValidated: number, problemCount: number, problems: Array<{ file: string, line: number, column: string | null, value: string | null, message: string }>, preview: Array<{ file: string, kind: string, line: number, values: Array<{ name: string, value: string }> }>, result: { dataset: string, version: number, createdProducts: Array<string>, createdVendors: Array<string>, rows: Array<{ kind: string, count: number }> } | null } };

export type IngestionProgressQueryVariables = Exact<{
  jobId: string;
}>;


export type IngestionProgressQuery = { ingestionJob: { id: string, status: IngestionStatus, bytesReceived: number, bytesTotal: number | null, rowsValidated: number } };

export type PublishIngestionJobMutationVariables = Exact<{
  jobId: string;
}>;


export type PublishIngestionJobMutation = { publishIngestionJob: { id: string, status: IngestionStatus, dataset: string | null, files: Array<string>, message: string | null, bytesReceived: number, bytesTotal: number | null, rowsValidated: number, problemCount: number, problems: Array<{ file: string, line: number, column: string | null, value: string | null, message: string }>, preview: Array<{ file: string, kind: string, line: number, values: Array<{ name: string, value: string }> }>, result: { dataset: string, version: number, createdProducts: Array<string>, createdVendors: Array<string>, rows: Array<{ kind: string, count: number }> } | null } };

export type DiscardIngestionJobMutationVariables = Exact<{
  jobId: string;
}>;


export type DiscardIngestionJobMutation = { discardIngestionJob: { id: string, status: IngestionStatus, dataset: string | null, files: Array<string>, message: string | null, bytesReceived: number, bytesTotal: number | null, rowsValidated: number, problemCount: number, problems: Array<{ file: string, line: number, column: string | null, value: string | null, message: string }>, preview: Array<{ file: string, kind: string, line: number, values: Array<{ name: string, value: string }> }>, result: { dataset: string, version: number, createdProducts: Array<string>, createdVendors: Array<string>, rows: Array<{ kind: string, count: number }> } | null } };

export type IngestionJobQueryVariables = Exact<{
  jobId: string;
}>;


export type IngestionJobQuery = { ingestionJob: { id: string, status: IngestionStatus, dataset: string | null, files: Array<string>, message: string | null, bytesReceived: number, bytesTotal: number | null, rowsValidated: number, problemCount: number, problems: Array<{ file: string, line: number, column: string | null, value: string | null, message: string }>, preview: Array<{ file: string, kind: string, line: number, values: Array<{ name: string, value: string }> }>, result: { dataset: string, version: number, createdProducts: Array<string>, createdVendors: Array<string>, rows: Array<{ kind: string, count: number }> } | null } };

export type EffectChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type EffectChoicesQuery = { events: Array<{ id: string, date: string, start: string, kind: EventKind, title: string, description: string | null, products: Array<{ id: string }>, source: { id: string, title: string, url: string | null, publisher: string | null, published: string | null } }>, seriesCatalog: Array<{ productId: string, product: string, metric: Metric, segment: Segment, geography: string, panel: string, points: number, firstPeriod: string, lastPeriod: string }> };

export type BundlingEffectQueryVariables = Exact<{
  input: BundlingEffectInput;
}>;


export type BundlingEffectQuery = { bundlingEffect: { method: EffectMethod, ok: boolean, warnings: Array<string>, pValue: number | null, preRmspe: number | null, levelChange: { estimate: number, lower: number, upper: number, standardError: number } | null, slopeChange: { estimate: number, lower: number, upper: number, standardError: number } | null, effect: { estimate: number, lower: number, upper: number, standardError: number } | null, cumulativeEffect: { estimate: number, lower: number, upper: number, standardError: number } | null, weights: Array<{ name: string, weight: number }>, points: Array<{ period: string, start: string, actual: number, counterfactual: number | null, lower: number | null, upper: number | null, afterEvent: boolean }>, series: { product: string, productId: string, metric: Metric, segment: Segment, geography: string, panel: string, unit: string, points: Array<{ period: string, start: string, granularity: Granularity, value: number, originalValue: number, originalUnit: string, note: string | null, source: { id: string, title: string, url: string | null, publisher: string | null, published: string | null } }> } } };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, user: { email: string, name: string, role: Role } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type LogoutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutEverywhereMutation = { logoutEverywhere: number };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { email: string, name: string, role: Role } | null };

export type PartnershipNetworkQueryVariables = Exact<{
  at?: string | null | undefined;
  kinds?: Array<PartnershipKind> | PartnershipKind | null | undefined;
}>;


export type PartnershipNetworkQuery = { partnershipNetwork: { firstDate: string | null, lastDate: string | null, nodes: Array<{ id: string, name: string, type: string }>, links: Array<{ id: string, from: string, to: string, kind: PartnershipKind, date: string, start: string, description: string | null, note: string | null, source: { id: string, title: string, url: string | null, publisher: string | null, published: string | null, note: string | null } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const BassScenarioCurveFragmentDoc = new TypedDocumentString(`
    fragment BassScenarioCurve on BassScenario {
  warnings
  fitted {
    m
    p
    q
  }
  used {
    m
    p
    q
  }
  points {
    period
    start
    actual
    baseline
    withEffect
  }
}
    `, {"fragmentName":"BassScenarioCurve"}) as unknown as TypedDocumentString<BassScenarioCurveFragment, unknown>;
export const SeriesPointFieldsFragmentDoc = new TypedDocumentString(`
    fragment SeriesPointFields on SeriesPoint {
  period
  start
  granularity
  value
  originalValue
  originalUnit
  note
  source {
    id
    title
    url
    publisher
    published
  }
}
    `, {"fragmentName":"SeriesPointFields"}) as unknown as TypedDocumentString<SeriesPointFieldsFragment, unknown>;
export const IngestionJobFieldsFragmentDoc = new TypedDocumentString(`
    fragment IngestionJobFields on IngestionJob {
  id
  status
  dataset
  files
  message
  bytesReceived
  bytesTotal
  rowsValidated
  problemCount
  problems {
    file
    line
    column
    value
    message
  }
  preview {
    file
    kind
    line
    values {
      name
      value
    }
  }
  result {
    dataset
    version
    rows {
      kind
      count
    }
    createdProducts
    createdVendors
  }
}
    `, {"fragmentName":"IngestionJobFields"}) as unknown as TypedDocumentString<IngestionJobFieldsFragment, unknown>;
export const ForecastChoicesDocument = new TypedDocumentString(`
    query ForecastChoices {
  seriesCatalog(take: 500) {
    productId
    product
    metric
    segment
    geography
    panel
    points
    firstPeriod
    lastPeriod
  }
  events {
    id
    date
    start
    kind
    title
  }
}
    `) as unknown as TypedDocumentString<ForecastChoicesQuery, ForecastChoicesQueryVariables>;
export const ForecastDocument = new TypedDocumentString(`
    query Forecast($input: ForecastInput!) {
  forecast(input: $input) {
    model
    chosenBy
    vintage
    warnings
    parameters {
      name
      estimate
    }
    series {
      product
      productId
      metric
      segment
      geography
      panel
      unit
    }
    history {
      ...SeriesPointFields
    }
    actualsAfter {
      ...SeriesPointFields
    }
    points {
      period
      start
      value
      lower80
      upper80
      lower95
      upper95
    }
    backtest {
      model
      mase
      mape
      coverage80
      coverage95
      eligible
      origins
      note
    }
  }
}
    fragment SeriesPointFields on SeriesPoint {
  period
  start
  granularity
  value
  originalValue
  originalUnit
  note
  source {
    id
    title
    url
    publisher
    published
  }
}`) as unknown as TypedDocumentString<ForecastQuery, ForecastQueryVariables>;
export const PredictionScorecardDocument = new TypedDocumentString(`
    query PredictionScorecard {
  predictionScorecard {
    hits
    misses
    unscored
    meanBrier
    rule
    predictions {
      id
      forecaster
      madeOn
      target
      metric
      segment
      geography
      product
      value
      originalValue
      originalUnit
      probability
      note
      error
      hit
      brier
      flags
      source {
        id
        title
        url
        publisher
        published
      }
      actual {
        value
        originalValue
        originalUnit
        period
        product
        segment
        geography
        note
        source {
          id
          title
          url
          publisher
          published
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PredictionScorecardQuery, PredictionScorecardQueryVariables>;
export const BassScenarioDocument = new TypedDocumentString(`
    query BassScenario($input: BassScenarioInput!) {
  bassScenario(input: $input) {
    ...BassScenarioCurve
  }
}
    fragment BassScenarioCurve on BassScenario {
  warnings
  fitted {
    m
    p
    q
  }
  used {
    m
    p
    q
  }
  points {
    period
    start
    actual
    baseline
    withEffect
  }
}`) as unknown as TypedDocumentString<BassScenarioQuery, BassScenarioQueryVariables>;
export const ScenarioStartDocument = new TypedDocumentString(`
    query ScenarioStart($input: BassScenarioInput!, $series: SeriesKeyInput!) {
  bassScenario(input: $input) {
    ...BassScenarioCurve
  }
  series(key: $series) {
    unit
  }
}
    fragment BassScenarioCurve on BassScenario {
  warnings
  fitted {
    m
    p
    q
  }
  used {
    m
    p
    q
  }
  points {
    period
    start
    actual
    baseline
    withEffect
  }
}`) as unknown as TypedDocumentString<ScenarioStartQuery, ScenarioStartQueryVariables>;
export const LevelChangeEstimateDocument = new TypedDocumentString(`
    query LevelChangeEstimate($input: BundlingEffectInput!) {
  bundlingEffect(input: $input) {
    ok
    warnings
    levelChange {
      estimate
      lower
      upper
    }
  }
}
    `) as unknown as TypedDocumentString<LevelChangeEstimateQuery, LevelChangeEstimateQueryVariables>;
export const MarketShareViewsDocument = new TypedDocumentString(`
    query MarketShareViews {
  marketShareViews {
    metric
    segment
    geography
    productCount
    periodCount
    firstPeriod
    lastPeriod
    source {
      id
      title
      publisher
      published
    }
  }
}
    `) as unknown as TypedDocumentString<MarketShareViewsQuery, MarketShareViewsQueryVariables>;
export const MarketShareDocument = new TypedDocumentString(`
    query MarketShare($metric: Metric!, $segment: Segment!, $geography: String!, $sourceId: ID!, $from: String, $to: String, $granularity: Granularity) {
  marketShare(
    metric: $metric
    segment: $segment
    geography: $geography
    sourceId: $sourceId
    from: $from
    to: $to
    granularity: $granularity
  ) {
    metric
    segment
    geography
    unit
    source {
      id
      title
      url
      publisher
      published
    }
    products {
      id
      name
      vendor {
        name
      }
    }
    periods {
      label
      start
      granularity
      total
      hhi
      cr1
      cr3
      missingProductIds
      entries {
        value
        share
        originalValue
        originalUnit
        note
        product {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MarketShareQuery, MarketShareQueryVariables>;
export const TimelineEventsDocument = new TypedDocumentString(`
    query TimelineEvents($from: String, $to: String) {
  events(from: $from, to: $to) {
    id
    date
    start
    kind
    title
    description
    note
    source {
      id
      title
      url
      publisher
      published
    }
  }
}
    `) as unknown as TypedDocumentString<TimelineEventsQuery, TimelineEventsQueryVariables>;
export const DatasetsDocument = new TypedDocumentString(`
    query Datasets {
  datasets {
    id
    slug
    title
    description
    currentVersion
    versions {
      number
      rowCount
      createdBy
      createdByEmail
      createdAt
      current
    }
    sources {
      id
      title
      publisher
      published
      url
    }
  }
}
    `) as unknown as TypedDocumentString<DatasetsQuery, DatasetsQueryVariables>;
export const RestoreDatasetVersionDocument = new TypedDocumentString(`
    mutation RestoreDatasetVersion($dataset: String!, $version: Int!) {
  restoreDatasetVersion(dataset: $dataset, version: $version) {
    slug
    currentVersion
  }
}
    `) as unknown as TypedDocumentString<RestoreDatasetVersionMutation, RestoreDatasetVersionMutationVariables>;
export const CreateIngestionJobDocument = new TypedDocumentString(`
    mutation CreateIngestionJob($files: [String!]!, $bytesTotal: Float) {
  createIngestionJob(files: $files, bytesTotal: $bytesTotal) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateIngestionJobMutation, CreateIngestionJobMutationVariables>;
export const UploadDatasetDocument = new TypedDocumentString(`
    mutation UploadDataset($jobId: ID!, $files: [Upload!]!, $dataset: String) {
  uploadDataset(jobId: $jobId, files: $files, dataset: $dataset) {
    ...IngestionJobFields
  }
}
    fragment IngestionJobFields on IngestionJob {
  id
  status
  dataset
  files
  message
  bytesReceived
  bytesTotal
  rowsValidated
  problemCount
  problems {
    file
    line
    column
    value
    message
  }
  preview {
    file
    kind
    line
    values {
      name
      value
    }
  }
  result {
    dataset
    version
    rows {
      kind
      count
    }
    createdProducts
    createdVendors
  }
}`) as unknown as TypedDocumentString<UploadDatasetMutation, UploadDatasetMutationVariables>;
export const IngestionProgressDocument = new TypedDocumentString(`
    query IngestionProgress($jobId: ID!) {
  ingestionJob(jobId: $jobId) {
    id
    status
    bytesReceived
    bytesTotal
    rowsValidated
  }
}
    `) as unknown as TypedDocumentString<IngestionProgressQuery, IngestionProgressQueryVariables>;
export const PublishIngestionJobDocument = new TypedDocumentString(`
    mutation PublishIngestionJob($jobId: ID!) {
  publishIngestionJob(jobId: $jobId) {
    ...IngestionJobFields
  }
}
    fragment IngestionJobFields on IngestionJob {
  id
  status
  dataset
  files
  message
  bytesReceived
  bytesTotal
  rowsValidated
  problemCount
  problems {
    file
    line
    column
    value
    message
  }
  preview {
    file
    kind
    line
    values {
      name
      value
    }
  }
  result {
    dataset
    version
    rows {
      kind
      count
    }
    createdProducts
    createdVendors
  }
}`) as unknown as TypedDocumentString<PublishIngestionJobMutation, PublishIngestionJobMutationVariables>;
export const DiscardIngestionJobDocument = new TypedDocumentString(`
    mutation DiscardIngestionJob($jobId: ID!) {
  discardIngestionJob(jobId: $jobId) {
    ...IngestionJobFields
  }
}
    fragment IngestionJobFields on IngestionJob {
  id
  status
  dataset
  files
  message
  bytesReceived
  bytesTotal
  rowsValidated
  problemCount
  problems {
    file
    line
    column
    value
    message
  }
  preview {
    file
    kind
    line
    values {
      name
      value
    }
  }
  result {
    dataset
    version
    rows {
      kind
      count
    }
    createdProducts
    createdVendors
  }
}`) as unknown as TypedDocumentString<DiscardIngestionJobMutation, DiscardIngestionJobMutationVariables>;
export const IngestionJobDocument = new TypedDocumentString(`
    query IngestionJob($jobId: ID!) {
  ingestionJob(jobId: $jobId) {
    ...IngestionJobFields
  }
}
    fragment IngestionJobFields on IngestionJob {
  id
  status
  dataset
  files
  message
  bytesReceived
  bytesTotal
  rowsValidated
  problemCount
  problems {
    file
    line
    column
    value
    message
  }
  preview {
    file
    kind
    line
    values {
      name
      value
    }
  }
  result {
    dataset
    version
    rows {
      kind
      count
    }
    createdProducts
    createdVendors
  }
}`) as unknown as TypedDocumentString<IngestionJobQuery, IngestionJobQueryVariables>;
export const EffectChoicesDocument = new TypedDocumentString(`
    query EffectChoices {
  events {
    id
    date
    start
    kind
    title
    description
    products {
      id
    }
    source {
      id
      title
      url
      publisher
      published
    }
  }
  seriesCatalog(take: 500) {
    productId
    product
    metric
    segment
    geography
    panel
    points
    firstPeriod
    lastPeriod
  }
}
    `) as unknown as TypedDocumentString<EffectChoicesQuery, EffectChoicesQueryVariables>;
export const BundlingEffectDocument = new TypedDocumentString(`
    query BundlingEffect($input: BundlingEffectInput!) {
  bundlingEffect(input: $input) {
    method
    ok
    warnings
    pValue
    preRmspe
    levelChange {
      estimate
      lower
      upper
      standardError
    }
    slopeChange {
      estimate
      lower
      upper
      standardError
    }
    effect {
      estimate
      lower
      upper
      standardError
    }
    cumulativeEffect {
      estimate
      lower
      upper
      standardError
    }
    weights {
      name
      weight
    }
    points {
      period
      start
      actual
      counterfactual
      lower
      upper
      afterEvent
    }
    series {
      product
      productId
      metric
      segment
      geography
      panel
      unit
      points {
        ...SeriesPointFields
      }
    }
  }
}
    fragment SeriesPointFields on SeriesPoint {
  period
  start
  granularity
  value
  originalValue
  originalUnit
  note
  source {
    id
    title
    url
    publisher
    published
  }
}`) as unknown as TypedDocumentString<BundlingEffectQuery, BundlingEffectQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    user {
      email
      name
      role
    }
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const LogoutEverywhereDocument = new TypedDocumentString(`
    mutation LogoutEverywhere {
  logoutEverywhere
}
    `) as unknown as TypedDocumentString<LogoutEverywhereMutation, LogoutEverywhereMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    email
    name
    role
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const PartnershipNetworkDocument = new TypedDocumentString(`
    query PartnershipNetwork($at: String, $kinds: [PartnershipKind!]) {
  partnershipNetwork(at: $at, kinds: $kinds) {
    firstDate
    lastDate
    nodes {
      id
      name
      type
    }
    links {
      id
      from
      to
      kind
      date
      start
      description
      note
      source {
        id
        title
        url
        publisher
        published
        note
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnershipNetworkQuery, PartnershipNetworkQueryVariables>;