import { graphql } from '../../gql';

export const MarketShareViewsQuery = graphql(`
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
`);

export const MarketShareQuery = graphql(`
  query MarketShare($metric: Metric!, $segment: Segment!, $geography: String!, $sourceId: ID!) {
    marketShare(metric: $metric, segment: $segment, geography: $geography, sourceId: $sourceId) {
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
`);
