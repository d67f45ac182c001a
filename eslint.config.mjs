import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/src/gql/**', '**/test-results/**', '**/playwright-report/**', '.data/**', 'bench/.out/**', '.nx/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mjs', '**/*.js'],
    plugins: { '@nx': nx },
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', URL: 'readonly', Buffer: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', fetch: 'readonly' },
    },
    rules: {
      // The dependency direction of the architecture, enforced: analytics, ingest and charts depend on
      // domain only; the API never imports dashboard code and the dashboard never imports API code.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'type:analytics', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'type:ingest', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'type:charts', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:dashboard', onlyDependOnLibsWithTags: ['scope:dashboard', 'scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      'no-console': 'off',
    },
  },
  {
    // Nest injects by the emitted decorator metadata: a constructor parameter's class must stay a value import.
    files: ['apps/api/src/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    // A dashboard view never imports another view: what two views share lives in apps/dashboard/src/<topic>/.
    files: ['apps/dashboard/src/views/**/*.ts', 'apps/dashboard/src/views/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./(?!\\.\\./)|/views/',
              message: 'A view never imports another view: move what they share to apps/dashboard/src/<topic>/.',
            },
          ],
        },
      ],
    },
  },
  {
    // Analytics is pure: no framework, database or DOM.
    files: ['libs/analytics/src/**/*.ts', 'libs/domain/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['@nestjs/*', 'typeorm', 'pg', 'd3', 'd3-*', 'preact', 'preact/*', 'node:*'] },
      ],
    },
  },
);
