import { graphql } from '../gql';

export const ForecastChoicesQuery = graphql(`
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
`);

export const ForecastQuery = graphql(`
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
`);

export const PredictionScorecardQuery = graphql(`
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
`);

export const BassScenarioQuery = graphql(`
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
  }
`);

export const ScenarioStartQuery = graphql(`
  query ScenarioStart($input: BassScenarioInput!, $series: SeriesKeyInput!) {
    bassScenario(input: $input) {
      ...BassScenarioCurve
    }
    series(key: $series) {
      unit
    }
  }
`);

export const LevelChangeEstimateQuery = graphql(`
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
`);
