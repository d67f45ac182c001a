import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the API's committed schema: a query that does not match the schema fails here.
const config: CodegenConfig = {
  schema: '../api/schema.gql',
  documents: ['src/**/*.ts', 'src/**/*.tsx', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      config: { documentMode: 'string', enumsAsTypes: true, useTypeImports: true, scalars: { ID: 'string', DateTime: 'string' } },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
