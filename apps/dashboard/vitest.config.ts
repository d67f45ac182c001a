import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@marketlens/source'] },
  ssr: { resolve: { conditions: ['@marketlens/source'] } },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: { include: ['src/**/*.spec.ts', 'src/**/*.spec.tsx'], env: { TZ: 'UTC' } },
});
