import { graphql } from '../../gql';

export const EffectChoicesQuery = graphql(`
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
`);

export const BundlingEffectQuery = graphql(`
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
`);
