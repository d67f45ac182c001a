import { createRequire } from 'node:module';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// SWC, not esbuild/oxc: Nest and TypeORM need the decorator metadata that only SWC emits here.
const decorators = swc.vite({
  jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true }, target: 'es2022' },
});

export default defineConfig({
  plugins: [decorators],
  oxc: false,
  // Workspace libraries from their TypeScript sources (tests never run against a stale dist/).
  // graphql as Node loads it (CommonJS), not its `module` build: one graphql for Nest and our code,
  // or its instanceof checks fail on the schema's types.
  resolve: { conditions: ['@marketlens/source'], alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }] },
  ssr: { resolve: { conditions: ['@marketlens/source'] } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.spec.ts'], exclude: ['src/**/*.integration.spec.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['src/**/*.integration.spec.ts'],
          globalSetup: ['src/testing/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
