import { graphql } from '../gql';

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
  query MarketShare($metric: Metric!, $segment: Segment!, $geography: String!, $sourceId: ID!, $from: String, $to: String, $granularity: Granularity) {
    marketShare(metric: $metric, segment: $segment, geography: $geography, sourceId: $sourceId, from: $from, to: $to, granularity: $granularity) {
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
`);

export const TimelineEventsQuery = graphql(`
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
`);
