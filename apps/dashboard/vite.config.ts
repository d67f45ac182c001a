import { defineConfig } from 'vite';

const apiTarget = process.env['MARKETLENS_API_URL'] ?? 'http://127.0.0.1:4280';

export default defineConfig({
  resolve: { conditions: ['@marketlens/source'] },
  // Preact's JSX runtime through Vite's built-in transform: no React plugin needed.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  server: { proxy: { '/graphql': apiTarget, '/health': apiTarget } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, target: 'es2022' },
});
