import { graphql } from '../gql';

/** One point of a series with its citation: what every view that draws a series asks for. */
export const SeriesPointFields = graphql(`
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
`);
