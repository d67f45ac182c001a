import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@marketlens/source'] },
  ssr: { resolve: { conditions: ['@marketlens/source'] } },
  test: { include: ['src/**/*.spec.ts'], environment: 'jsdom', env: { TZ: 'UTC' } },
});
