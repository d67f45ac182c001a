/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Granularity =
  | 'day'
  | 'month'
  | 'quarter'
  | 'year';

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

export type Segment =
  | 'all'
  | 'consumer'
  | 'enterprise'
  | 'home'
  | 'home_and_work'
  | 'work';

export type MarketShareViewsQueryVariables = Exact<{ [key: string]: never; }>;


export type MarketShareViewsQuery = { marketShareViews: Array<{ metric: Metric, segment: Segment, geography: string, productCount: number, periodCount: number, firstPeriod: string, lastPeriod: string, source: { id: string, title: string, publisher: string | null, published: string | null } }> };

export type MarketShareQueryVariables = Exact<{
  metric: Metric;
  segment: Segment;
  geography: string;
  sourceId: string;
}>;


export type MarketShareQuery = { marketShare: { metric: Metric, segment: Segment, geography: string, unit: string, source: { id: string, title: string, url: string | null, publisher: string | null, published: string | null }, products: Array<{ id: string, name: string, vendor: { name: string } | null }>, periods: Array<{ label: string, start: string, granularity: Granularity, total: number, missingProductIds: Array<string>, entries: Array<{ value: number, share: number, originalValue: number, originalUnit: string, note: string | null, product: { id: string, name: string } }> }> } };

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
    query MarketShare($metric: Metric!, $segment: Segment!, $geography: String!, $sourceId: ID!) {
  marketShare(
    metric: $metric
    segment: $segment
    geography: $geography
    sourceId: $sourceId
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