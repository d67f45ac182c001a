/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query MarketShareViews {\n    marketShareViews {\n      metric\n      segment\n      geography\n      productCount\n      periodCount\n      firstPeriod\n      lastPeriod\n      source {\n        id\n        title\n        publisher\n        published\n      }\n    }\n  }\n": typeof types.MarketShareViewsDocument,
    "\n  query MarketShare($metric: Metric!, $segment: Segment!, $geography: String!, $sourceId: ID!) {\n    marketShare(metric: $metric, segment: $segment, geography: $geography, sourceId: $sourceId) {\n      metric\n      segment\n      geography\n      unit\n      source {\n        id\n        title\n        url\n        publisher\n        published\n      }\n      products {\n        id\n        name\n        vendor {\n          name\n        }\n      }\n      periods {\n        label\n        start\n        granularity\n        total\n        missingProductIds\n        entries {\n          value\n          share\n          originalValue\n          originalUnit\n          note\n          product {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.MarketShareDocument,
};
const documents: Documents = {
    "\n  query MarketShareViews {\n    marketShareViews {\n      metric\n      segment\n      geography\n      productCount\n      periodCount\n      firstPeriod\n      lastPeriod\n      source {\n        id\n        title\n        publisher\n        published\n      }\n    }\n  }\n": types.MarketShareViewsDocument,
    "\n  query MarketShare($metric: Metric!, $segment: Segment!, $geography: String!, $sourceId: ID!) {\n    marketShare(metric: $metric, segment: $segment, geography: $geography, sourceId: $sourceId) {\n      metric\n      segment\n      geography\n      unit\n      source {\n        id\n        title\n        url\n        publisher\n        published\n      }\n      products {\n        id\n        name\n        vendor {\n          name\n        }\n      }\n      periods {\n        label\n        start\n        granularity\n        total\n        missingProductIds\n        entries {\n          value\n          share\n          originalValue\n          originalUnit\n          note\n          product {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.MarketShareDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MarketShareViews {\n    marketShareViews {\n      metric\n      segment\n      geography\n      productCount\n      periodCount\n      firstPeriod\n      lastPeriod\n      source {\n        id\n        title\n        publisher\n        published\n      }\n    }\n  }\n"): typeof import('./graphql').MarketShareViewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MarketShare($metric: Metric!, $segment: Segment!, $geography: String!, $sourceId: ID!) {\n    marketShare(metric: $metric, segment: $segment, geography: $geography, sourceId: $sourceId) {\n      metric\n      segment\n      geography\n      unit\n      source {\n        id\n        title\n        url\n        publisher\n        published\n      }\n      products {\n        id\n        name\n        vendor {\n          name\n        }\n      }\n      periods {\n        label\n        start\n        granularity\n        total\n        missingProductIds\n        entries {\n          value\n          share\n          originalValue\n          originalUnit\n          note\n          product {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MarketShareDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
