import { graphql } from '../../gql';

export const DatasetsQuery = graphql(`
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
`);

export const RestoreDatasetVersionMutation = graphql(`
  mutation RestoreDatasetVersion($dataset: String!, $version: Int!) {
    restoreDatasetVersion(dataset: $dataset, version: $version) {
      slug
      currentVersion
    }
  }
`);

export const IngestionJobFields = graphql(`
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
`);

export const CreateIngestionJobMutation = graphql(`
  mutation CreateIngestionJob($files: [String!]!, $bytesTotal: Float) {
    createIngestionJob(files: $files, bytesTotal: $bytesTotal) {
      id
    }
  }
`);

export const UploadDatasetMutation = graphql(`
  mutation UploadDataset($jobId: ID!, $files: [Upload!]!, $dataset: String) {
    uploadDataset(jobId: $jobId, files: $files, dataset: $dataset) {
      ...IngestionJobFields
    }
  }
`);

export const IngestionProgressQuery = graphql(`
  query IngestionProgress($jobId: ID!) {
    ingestionJob(jobId: $jobId) {
      id
      status
      bytesReceived
      bytesTotal
      rowsValidated
    }
  }
`);

export const PublishIngestionJobMutation = graphql(`
  mutation PublishIngestionJob($jobId: ID!) {
    publishIngestionJob(jobId: $jobId) {
      ...IngestionJobFields
    }
  }
`);

export const DiscardIngestionJobMutation = graphql(`
  mutation DiscardIngestionJob($jobId: ID!) {
    discardIngestionJob(jobId: $jobId) {
      ...IngestionJobFields
    }
  }
`);

export const IngestionJobQuery = graphql(`
  query IngestionJob($jobId: ID!) {
    ingestionJob(jobId: $jobId) {
      ...IngestionJobFields
    }
  }
`);
