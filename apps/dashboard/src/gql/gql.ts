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
    "\n  query ForecastChoices {\n    seriesCatalog(take: 500) {\n      productId\n      product\n      metric\n      segment\n      geography\n      panel\n      points\n      firstPeriod\n      lastPeriod\n    }\n    events {\n      id\n      date\n      start\n      kind\n      title\n    }\n  }\n": typeof types.ForecastChoicesDocument,
    "\n  query Forecast($input: ForecastInput!) {\n    forecast(input: $input) {\n      model\n      chosenBy\n      vintage\n      warnings\n      parameters {\n        name\n        estimate\n      }\n      series {\n        product\n        productId\n        metric\n        segment\n        geography\n        panel\n        unit\n      }\n      history {\n        ...SeriesPointFields\n      }\n      actualsAfter {\n        ...SeriesPointFields\n      }\n      points {\n        period\n        start\n        value\n        lower80\n        upper80\n        lower95\n        upper95\n      }\n      backtest {\n        model\n        mase\n        mape\n        coverage80\n        coverage95\n        eligible\n        origins\n        note\n      }\n    }\n  }\n": typeof types.ForecastDocument,
    "\n  query PredictionScorecard {\n    predictionScorecard {\n      hits\n      misses\n      unscored\n      meanBrier\n      rule\n      predictions {\n        id\n        forecaster\n        madeOn\n        target\n        metric\n        segment\n        geography\n        product\n        value\n        originalValue\n        originalUnit\n        probability\n        note\n        error\n        hit\n        brier\n        flags\n        source {\n          id\n          title\n          url\n          publisher\n          published\n        }\n        actual {\n          value\n          originalValue\n          originalUnit\n          period\n          product\n          segment\n          geography\n          note\n          source {\n            id\n            title\n            url\n            publisher\n            published\n          }\n        }\n      }\n    }\n  }\n": typeof types.PredictionScorecardDocument,
    "\n  query BassScenario($input: BassScenarioInput!) {\n    bassScenario(input: $input) {\n      ...BassScenarioCurve\n    }\n  }\n\n  fragment BassScenarioCurve on BassScenario {\n    warnings\n    fitted {\n      m\n      p\n      q\n    }\n    used {\n      m\n      p\n      q\n    }\n    points {\n      period\n      start\n      actual\n      baseline\n      withEffect\n    }\n  }\n": typeof types.BassScenarioDocument,
    "\n  query ScenarioStart($input: BassScenarioInput!, $series: SeriesKeyInput!) {\n    bassScenario(input: $input) {\n      ...BassScenarioCurve\n    }\n    series(key: $series) {\n      unit\n    }\n  }\n": typeof types.ScenarioStartDocument,
    "\n  query LevelChangeEstimate($input: BundlingEffectInput!) {\n    bundlingEffect(input: $input) {\n      ok\n      warnings\n      levelChange {\n        estimate\n        lower\n        upper\n      }\n    }\n  }\n": typeof types.LevelChangeEstimateDocument,
    "\n  query MarketShareViews {\n    marketShareViews {\n      metric\n      segment\n      geography\n      productCount\n      periodCount\n      firstPeriod\n      lastPeriod\n      source {\n        id\n        title\n        publisher\n        published\n      }\n    }\n  }\n": typeof types.MarketShareViewsDocument,
    "\n  query MarketShare($metric: Metric!, $segment: Segment!, $geography: String!, $sourceId: ID!, $from: String, $to: String, $granularity: Granularity) {\n    marketShare(metric: $metric, segment: $segment, geography: $geography, sourceId: $sourceId, from: $from, to: $to, granularity: $granularity) {\n      metric\n      segment\n      geography\n      unit\n      source {\n        id\n        title\n        url\n        publisher\n        published\n      }\n      products {\n        id\n        name\n        vendor {\n          name\n        }\n      }\n      periods {\n        label\n        start\n        granularity\n        total\n        hhi\n        cr1\n        cr3\n        missingProductIds\n        entries {\n          value\n          share\n          originalValue\n          originalUnit\n          note\n          product {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.MarketShareDocument,
    "\n  query TimelineEvents($from: String, $to: String) {\n    events(from: $from, to: $to) {\n      id\n      date\n      start\n      kind\n      title\n      description\n      note\n      source {\n        id\n        title\n        url\n        publisher\n        published\n      }\n    }\n  }\n": typeof types.TimelineEventsDocument,
    "\n  fragment SeriesPointFields on SeriesPoint {\n    period\n    start\n    granularity\n    value\n    originalValue\n    originalUnit\n    note\n    source {\n      id\n      title\n      url\n      publisher\n      published\n    }\n  }\n": typeof types.SeriesPointFieldsFragmentDoc,
    "\n  query Datasets {\n    datasets {\n      id\n      slug\n      title\n      description\n      currentVersion\n      versions {\n        number\n        rowCount\n        createdBy\n        createdByEmail\n        createdAt\n        current\n      }\n      sources {\n        id\n        title\n        publisher\n        published\n        url\n      }\n    }\n  }\n": typeof types.DatasetsDocument,
    "\n  mutation RestoreDatasetVersion($dataset: String!, $version: Int!) {\n    restoreDatasetVersion(dataset: $dataset, version: $version) {\n      slug\n      currentVersion\n    }\n  }\n": typeof types.RestoreDatasetVersionDocument,
    "\n  fragment IngestionJobFields on IngestionJob {\n    id\n    status\n    dataset\n    files\n    message\n    bytesReceived\n    bytesTotal\n    rowsValidated\n    problemCount\n    problems {\n      file\n      line\n      column\n      value\n      message\n    }\n    preview {\n      file\n      kind\n      line\n      values {\n        name\n        value\n      }\n    }\n    result {\n      dataset\n      version\n      rows {\n        kind\n        count\n      }\n      createdProducts\n      createdVendors\n    }\n  }\n": typeof types.IngestionJobFieldsFragmentDoc,
    "\n  mutation CreateIngestionJob($files: [String!]!, $bytesTotal: Float) {\n    createIngestionJob(files: $files, bytesTotal: $bytesTotal) {\n      id\n    }\n  }\n": typeof types.CreateIngestionJobDocument,
    "\n  mutation UploadDataset($jobId: ID!, $files: [Upload!]!, $dataset: String) {\n    uploadDataset(jobId: $jobId, files: $files, dataset: $dataset) {\n      ...IngestionJobFields\n    }\n  }\n": typeof types.UploadDatasetDocument,
    "\n  query IngestionProgress($jobId: ID!) {\n    ingestionJob(jobId: $jobId) {\n      id\n      status\n      bytesReceived\n      bytesTotal\n      rowsValidated\n    }\n  }\n": typeof types.IngestionProgressDocument,
    "\n  mutation PublishIngestionJob($jobId: ID!) {\n    publishIngestionJob(jobId: $jobId) {\n      ...IngestionJobFields\n    }\n  }\n": typeof types.PublishIngestionJobDocument,
    "\n  mutation DiscardIngestionJob($jobId: ID!) {\n    discardIngestionJob(jobId: $jobId) {\n      ...IngestionJobFields\n    }\n  }\n": typeof types.DiscardIngestionJobDocument,
    "\n  query IngestionJob($jobId: ID!) {\n    ingestionJob(jobId: $jobId) {\n      ...IngestionJobFields\n    }\n  }\n": typeof types.IngestionJobDocument,
    "\n  query EffectChoices {\n    events {\n      id\n      date\n      start\n      kind\n      title\n      description\n      products {\n        id\n      }\n      source {\n        id\n        title\n        url\n        publisher\n        published\n      }\n    }\n    seriesCatalog(take: 500) {\n      productId\n      product\n      metric\n      segment\n      geography\n      panel\n      points\n      firstPeriod\n      lastPeriod\n    }\n  }\n": typeof types.EffectChoicesDocument,
    "\n  query BundlingEffect($input: BundlingEffectInput!) {\n    bundlingEffect(input: $input) {\n      method\n      ok\n      warnings\n      pValue\n      preRmspe\n      levelChange {\n        estimate\n        lower\n        upper\n        standardError\n      }\n      slopeChange {\n        estimate\n        lower\n        upper\n        standardError\n      }\n      effect {\n        estimate\n        lower\n        upper\n        standardError\n      }\n      cumulativeEffect {\n        estimate\n        lower\n        upper\n        standardError\n      }\n      weights {\n        name\n        weight\n      }\n      points {\n        period\n        start\n        actual\n        counterfactual\n        lower\n        upper\n        afterEvent\n      }\n      series {\n        product\n        productId\n        metric\n        segment\n        geography\n        panel\n        unit\n        points {\n          ...SeriesPointFields\n        }\n      }\n    }\n  }\n": typeof types.BundlingEffectDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        email\n        name\n        role\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n": typeof types.LogoutEverywhereDocument,
    "\n  query Me {\n    me {\n      email\n      name\n      role\n    }\n  }\n": typeof types.MeDocument,
    "\n  query PartnershipNetwork($at: String, $kinds: [PartnershipKind!]) {\n    partnershipNetwork(at: $at, kinds: $kinds) {\n      firstDate\n      lastDate\n      nodes {\n        id\n        name\n        type\n      }\n      links {\n        id\n        from\n        to\n        kind\n        date\n        start\n        description\n        note\n        source {\n          id\n          title\n          url\n          publisher\n          published\n          note\n        }\n      }\n    }\n  }\n": typeof types.PartnershipNetworkDocument,
};
const documents: Documents = {
    "\n  query ForecastChoices {\n    seriesCatalog(take: 500) {\n      productId\n      product\n      metric\n      segment\n      geography\n      panel\n      points\n      firstPeriod\n      lastPeriod\n    }\n    events {\n      id\n      date\n      start\n      kind\n      title\n    }\n  }\n": types.ForecastChoicesDocument,
    "\n  query Forecast($input: ForecastInput!) {\n    forecast(input: $input) {\n      model\n      chosenBy\n      vintage\n      warnings\n      parameters {\n        name\n        estimate\n      }\n      series {\n        product\n        productId\n        metric\n        segment\n        geography\n        panel\n        unit\n      }\n      history {\n        ...SeriesPointFields\n      }\n      actualsAfter {\n        ...SeriesPointFields\n      }\n      points {\n        period\n        start\n        value\n        lower80\n        upper80\n        lower95\n        upper95\n      }\n      backtest {\n        model\n        mase\n        mape\n        coverage80\n        coverage95\n        eligible\n        origins\n        note\n      }\n    }\n  }\n": types.ForecastDocument,
    "\n  query PredictionScorecard {\n    predictionScorecard {\n      hits\n      misses\n      unscored\n      meanBrier\n      rule\n      predictions {\n        id\n        forecaster\n        madeOn\n        target\n        metric\n        segment\n        geography\n        product\n        value\n        originalValue\n        originalUnit\n        probability\n        note\n        error\n        hit\n        brier\n        flags\n        source {\n          id\n          title\n          url\n          publisher\n          published\n        }\n        actual {\n          value\n          originalValue\n          originalUnit\n          period\n          product\n          segment\n          geography\n          note\n          source {\n            id\n            title\n            url\n            publisher\n            published\n          }\n        }\n      }\n    }\n  }\n": types.PredictionScorecardDocument,
    "\n  query BassScenario($input: BassScenarioInput!) {\n    bassScenario(input: $input) {\n      ...BassScenarioCurve\n    }\n  }\n\n  fragment BassScenarioCurve on BassScenario {\n    warnings\n    fitted {\n      m\n      p\n      q\n    }\n    used {\n      m\n      p\n      q\n    }\n    points {\n      period\n      start\n      actual\n      baseline\n      withEffect\n    }\n  }\n": types.BassScenarioDocument,
    "\n  query ScenarioStart($input: BassScenarioInput!, $series: SeriesKeyInput!) {\n    bassScenario(input: $input) {\n      ...BassScenarioCurve\n    }\n    series(key: $series) {\n      unit\n    }\n  }\n": types.ScenarioStartDocument,
    "\n  query LevelChangeEstimate($input: BundlingEffectInput!) {\n    bundlingEffect(input: $input) {\n      ok\n      warnings\n      levelChange {\n        estimate\n        lower\n        upper\n      }\n    }\n  }\n": types.LevelChangeEstimateDocument,
    "\n  query MarketShareViews {\n    marketShareViews {\n      metric\n      segment\n      geography\n      productCount\n      periodCount\n      firstPeriod\n      lastPeriod\n      source {\n        id\n        title\n        publisher\n        published\n      }\n    }\n  }\n": types.MarketShareViewsDocument,
    "\n  query MarketShare($metric: Metric!, $segment: Segment!, $geography: String!, $sourceId: ID!, $from: String, $to: String, $granularity: Granularity) {\n    marketShare(metric: $metric, segment: $segment, geography: $geography, sourceId: $sourceId, from: $from, to: $to, granularity: $granularity) {\n      metric\n      segment\n      geography\n      unit\n      source {\n        id\n        title\n        url\n        publisher\n        published\n      }\n      products {\n        id\n        name\n        vendor {\n          name\n        }\n      }\n      periods {\n        label\n        start\n        granularity\n        total\n        hhi\n        cr1\n        cr3\n        missingProductIds\n        entries {\n          value\n          share\n          originalValue\n          originalUnit\n          note\n          product {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.MarketShareDocument,
    "\n  query TimelineEvents($from: String, $to: String) {\n    events(from: $from, to: $to) {\n      id\n      date\n      start\n      kind\n      title\n      description\n      note\n      source {\n        id\n        title\n        url\n        publisher\n        published\n      }\n    }\n  }\n": types.TimelineEventsDocument,
    "\n  fragment SeriesPointFields on SeriesPoint {\n    period\n    start\n    granularity\n    value\n    originalValue\n    originalUnit\n    note\n    source {\n      id\n      title\n      url\n      publisher\n      published\n    }\n  }\n": types.SeriesPointFieldsFragmentDoc,
    "\n  query Datasets {\n    datasets {\n      id\n      slug\n      title\n      description\n      currentVersion\n      versions {\n        number\n        rowCount\n        createdBy\n        createdByEmail\n        createdAt\n        current\n      }\n      sources {\n        id\n        title\n        publisher\n        published\n        url\n      }\n    }\n  }\n": types.DatasetsDocument,
    "\n  mutation RestoreDatasetVersion($dataset: String!, $version: Int!) {\n    restoreDatasetVersion(dataset: $dataset, version: $version) {\n      slug\n      currentVersion\n    }\n  }\n": types.RestoreDatasetVersionDocument,
    "\n  fragment IngestionJobFields on IngestionJob {\n    id\n    status\n    dataset\n    files\n    message\n    bytesReceived\n    bytesTotal\n    rowsValidated\n    problemCount\n    problems {\n      file\n      line\n      column\n      value\n      message\n    }\n    preview {\n      file\n      kind\n      line\n      values {\n        name\n        value\n      }\n    }\n    result {\n      dataset\n      version\n      rows {\n        kind\n        count\n      }\n      createdProducts\n      createdVendors\n    }\n  }\n": types.IngestionJobFieldsFragmentDoc,
    "\n  mutation CreateIngestionJob($files: [String!]!, $bytesTotal: Float) {\n    createIngestionJob(files: $files, bytesTotal: $bytesTotal) {\n      id\n    }\n  }\n": types.CreateIngestionJobDocument,
    "\n  mutation UploadDataset($jobId: ID!, $files: [Upload!]!, $dataset: String) {\n    uploadDataset(jobId: $jobId, files: $files, dataset: $dataset) {\n      ...IngestionJobFields\n    }\n  }\n": types.UploadDatasetDocument,
    "\n  query IngestionProgress($jobId: ID!) {\n    ingestionJob(jobId: $jobId) {\n      id\n      status\n      bytesReceived\n      bytesTotal\n      rowsValidated\n    }\n  }\n": types.IngestionProgressDocument,
    "\n  mutation PublishIngestionJob($jobId: ID!) {\n    publishIngestionJob(jobId: $jobId) {\n      ...IngestionJobFields\n    }\n  }\n": types.PublishIngestionJobDocument,
    "\n  mutation DiscardIngestionJob($jobId: ID!) {\n    discardIngestionJob(jobId: $jobId) {\n      ...IngestionJobFields\n    }\n  }\n": types.DiscardIngestionJobDocument,
    "\n  query IngestionJob($jobId: ID!) {\n    ingestionJob(jobId: $jobId) {\n      ...IngestionJobFields\n    }\n  }\n": types.IngestionJobDocument,
    "\n  query EffectChoices {\n    events {\n      id\n      date\n      start\n      kind\n      title\n      description\n      products {\n        id\n      }\n      source {\n        id\n        title\n        url\n        publisher\n        published\n      }\n    }\n    seriesCatalog(take: 500) {\n      productId\n      product\n      metric\n      segment\n      geography\n      panel\n      points\n      firstPeriod\n      lastPeriod\n    }\n  }\n": types.EffectChoicesDocument,
    "\n  query BundlingEffect($input: BundlingEffectInput!) {\n    bundlingEffect(input: $input) {\n      method\n      ok\n      warnings\n      pValue\n      preRmspe\n      levelChange {\n        estimate\n        lower\n        upper\n        standardError\n      }\n      slopeChange {\n        estimate\n        lower\n        upper\n        standardError\n      }\n      effect {\n        estimate\n        lower\n        upper\n        standardError\n      }\n      cumulativeEffect {\n        estimate\n        lower\n        upper\n        standardError\n      }\n      weights {\n        name\n        weight\n      }\n      points {\n        period\n        start\n        actual\n        counterfactual\n        lower\n        upper\n        afterEvent\n      }\n      series {\n        product\n        productId\n        metric\n        segment\n        geography\n        panel\n        unit\n        points {\n          ...SeriesPointFields\n        }\n      }\n    }\n  }\n": types.BundlingEffectDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        email\n        name\n        role\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n": types.LogoutEverywhereDocument,
    "\n  query Me {\n    me {\n      email\n      name\n      role\n    }\n  }\n": types.MeDocument,
    "\n  query PartnershipNetwork($at: String, $kinds: [PartnershipKind!]) {\n    partnershipNetwork(at: $at, kinds: $kinds) {\n      firstDate\n      lastDate\n      nodes {\n        id\n        name\n        type\n      }\n      links {\n        id\n        from\n        to\n        kind\n        date\n        start\n        description\n        note\n        source {\n          id\n          title\n          url\n          publisher\n          published\n          note\n        }\n      }\n    }\n  }\n": types.PartnershipNetworkDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForecastChoices {\n    seriesCatalog(take: 500) {\n      productId\n      product\n      metric\n      segment\n      geography\n      panel\n      points\n      firstPeriod\n      lastPeriod\n    }\n    events {\n      id\n      date\n      start\n      kind\n      title\n    }\n  }\n"): typeof import('./graphql').ForecastChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Forecast($input: ForecastInput!) {\n    forecast(input: $input) {\n      model\n      chosenBy\n      vintage\n      warnings\n      parameters {\n        name\n        estimate\n      }\n      series {\n        product\n        productId\n        metric\n        segment\n        geography\n        panel\n        unit\n      }\n      history {\n        ...SeriesPointFields\n      }\n      actualsAfter {\n        ...SeriesPointFields\n      }\n      points {\n        period\n        start\n        value\n        lower80\n        upper80\n        lower95\n        upper95\n      }\n      backtest {\n        model\n        mase\n        mape\n        coverage80\n        coverage95\n        eligible\n        origins\n        note\n      }\n    }\n  }\n"): typeof import('./graphql').ForecastDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PredictionScorecard {\n    predictionScorecard {\n      hits\n      misses\n      unscored\n      meanBrier\n      rule\n      predictions {\n        id\n        forecaster\n        madeOn\n        target\n        metric\n        segment\n        geography\n        product\n        value\n        originalValue\n        originalUnit\n        probability\n        note\n        error\n        hit\n        brier\n        flags\n        source {\n          id\n          title\n          url\n          publisher\n          published\n        }\n        actual {\n          value\n          originalValue\n          originalUnit\n          period\n          product\n          segment\n          geography\n          note\n          source {\n            id\n            title\n            url\n            publisher\n            published\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PredictionScorecardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BassScenario($input: BassScenarioInput!) {\n    bassScenario(input: $input) {\n      ...BassScenarioCurve\n    }\n  }\n\n  fragment BassScenarioCurve on BassScenario {\n    warnings\n    fitted {\n      m\n      p\n      q\n    }\n    used {\n      m\n      p\n      q\n    }\n    points {\n      period\n      start\n      actual\n      baseline\n      withEffect\n    }\n  }\n"): typeof import('./graphql').BassScenarioDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScenarioStart($input: BassScenarioInput!, $series: SeriesKeyInput!) {\n    bassScenario(input: $input) {\n      ...BassScenarioCurve\n    }\n    series(key: $series) {\n      unit\n    }\n  }\n"): typeof import('./graphql').ScenarioStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LevelChangeEstimate($input: BundlingEffectInput!) {\n    bundlingEffect(input: $input) {\n      ok\n      warnings\n      levelChange {\n        estimate\n        lower\n        upper\n      }\n    }\n  }\n"): typeof import('./graphql').LevelChangeEstimateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MarketShareViews {\n    marketShareViews {\n      metric\n      segment\n      geography\n      productCount\n      periodCount\n      firstPeriod\n      lastPeriod\n      source {\n        id\n        title\n        publisher\n        published\n      }\n    }\n  }\n"): typeof import('./graphql').MarketShareViewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MarketShare($metric: Metric!, $segment: Segment!, $geography: String!, $sourceId: ID!, $from: String, $to: String, $granularity: Granularity) {\n    marketShare(metric: $metric, segment: $segment, geography: $geography, sourceId: $sourceId, from: $from, to: $to, granularity: $granularity) {\n      metric\n      segment\n      geography\n      unit\n      source {\n        id\n        title\n        url\n        publisher\n        published\n      }\n      products {\n        id\n        name\n        vendor {\n          name\n        }\n      }\n      periods {\n        label\n        start\n        granularity\n        total\n        hhi\n        cr1\n        cr3\n        missingProductIds\n        entries {\n          value\n          share\n          originalValue\n          originalUnit\n          note\n          product {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MarketShareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TimelineEvents($from: String, $to: String) {\n    events(from: $from, to: $to) {\n      id\n      date\n      start\n      kind\n      title\n      description\n      note\n      source {\n        id\n        title\n        url\n        publisher\n        published\n      }\n    }\n  }\n"): typeof import('./graphql').TimelineEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SeriesPointFields on SeriesPoint {\n    period\n    start\n    granularity\n    value\n    originalValue\n    originalUnit\n    note\n    source {\n      id\n      title\n      url\n      publisher\n      published\n    }\n  }\n"): typeof import('./graphql').SeriesPointFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Datasets {\n    datasets {\n      id\n      slug\n      title\n      description\n      currentVersion\n      versions {\n        number\n        rowCount\n        createdBy\n        createdByEmail\n        createdAt\n        current\n      }\n      sources {\n        id\n        title\n        publisher\n        published\n        url\n      }\n    }\n  }\n"): typeof import('./graphql').DatasetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreDatasetVersion($dataset: String!, $version: Int!) {\n    restoreDatasetVersion(dataset: $dataset, version: $version) {\n      slug\n      currentVersion\n    }\n  }\n"): typeof import('./graphql').RestoreDatasetVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IngestionJobFields on IngestionJob {\n    id\n    status\n    dataset\n    files\n    message\n    bytesReceived\n    bytesTotal\n    rowsValidated\n    problemCount\n    problems {\n      file\n      line\n      column\n      value\n      message\n    }\n    preview {\n      file\n      kind\n      line\n      values {\n        name\n        value\n      }\n    }\n    result {\n      dataset\n      version\n      rows {\n        kind\n        count\n      }\n      createdProducts\n      createdVendors\n    }\n  }\n"): typeof import('./graphql').IngestionJobFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateIngestionJob($files: [String!]!, $bytesTotal: Float) {\n    createIngestionJob(files: $files, bytesTotal: $bytesTotal) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateIngestionJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadDataset($jobId: ID!, $files: [Upload!]!, $dataset: String) {\n    uploadDataset(jobId: $jobId, files: $files, dataset: $dataset) {\n      ...IngestionJobFields\n    }\n  }\n"): typeof import('./graphql').UploadDatasetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IngestionProgress($jobId: ID!) {\n    ingestionJob(jobId: $jobId) {\n      id\n      status\n      bytesReceived\n      bytesTotal\n      rowsValidated\n    }\n  }\n"): typeof import('./graphql').IngestionProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishIngestionJob($jobId: ID!) {\n    publishIngestionJob(jobId: $jobId) {\n      ...IngestionJobFields\n    }\n  }\n"): typeof import('./graphql').PublishIngestionJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscardIngestionJob($jobId: ID!) {\n    discardIngestionJob(jobId: $jobId) {\n      ...IngestionJobFields\n    }\n  }\n"): typeof import('./graphql').DiscardIngestionJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IngestionJob($jobId: ID!) {\n    ingestionJob(jobId: $jobId) {\n      ...IngestionJobFields\n    }\n  }\n"): typeof import('./graphql').IngestionJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EffectChoices {\n    events {\n      id\n      date\n      start\n      kind\n      title\n      description\n      products {\n        id\n      }\n      source {\n        id\n        title\n        url\n        publisher\n        published\n      }\n    }\n    seriesCatalog(take: 500) {\n      productId\n      product\n      metric\n      segment\n      geography\n      panel\n      points\n      firstPeriod\n      lastPeriod\n    }\n  }\n"): typeof import('./graphql').EffectChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BundlingEffect($input: BundlingEffectInput!) {\n    bundlingEffect(input: $input) {\n      method\n      ok\n      warnings\n      pValue\n      preRmspe\n      levelChange {\n        estimate\n        lower\n        upper\n        standardError\n      }\n      slopeChange {\n        estimate\n        lower\n        upper\n        standardError\n      }\n      effect {\n        estimate\n        lower\n        upper\n        standardError\n      }\n      cumulativeEffect {\n        estimate\n        lower\n        upper\n        standardError\n      }\n      weights {\n        name\n        weight\n      }\n      points {\n        period\n        start\n        actual\n        counterfactual\n        lower\n        upper\n        afterEvent\n      }\n      series {\n        product\n        productId\n        metric\n        segment\n        geography\n        panel\n        unit\n        points {\n          ...SeriesPointFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').BundlingEffectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        email\n        name\n        role\n      }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n"): typeof import('./graphql').LogoutEverywhereDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      email\n      name\n      role\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnershipNetwork($at: String, $kinds: [PartnershipKind!]) {\n    partnershipNetwork(at: $at, kinds: $kinds) {\n      firstDate\n      lastDate\n      nodes {\n        id\n        name\n        type\n      }\n      links {\n        id\n        from\n        to\n        kind\n        date\n        start\n        description\n        note\n        source {\n          id\n          title\n          url\n          publisher\n          published\n          note\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PartnershipNetworkDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
