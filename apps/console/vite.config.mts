import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The console is built into dist/console and served by the API itself at `/` (no second server).
 * `npm run console:dev` serves it with hot reload and proxies the API to a running `npm start`.
 */
export default defineConfig({
  root,
  base: '/',
  // React 19's automatic JSX runtime, compiled by Vite's own transformer (no Babel).
  oxc: { jsx: { runtime: 'automatic' } },
  // Brotli and gzip files beside each asset, made once at build time; the API serves them as they
  // are (@fastify/static preCompressed) instead of compressing on every request.
  plugins: [compression({ algorithms: ['brotliCompress', 'gzip'], exclude: [/\.html$/] })],
  build: {
    outDir: fileURLToPath(new URL('../../dist/console', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // Libraries mark client components with "use client"; meaningless in a plain SPA bundle.
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
      output: {
        // Charts are the heaviest part and change least: their own long-cached file.
        codeSplitting: { groups: [{ name: 'charts', test: /node_modules[\\/](echarts|zrender)/ }, { name: 'vendor', test: /node_modules/ }] },
      },
    },
  },
  server: {
    proxy: { '/v1': 'http://127.0.0.1:3000', '/docs': 'http://127.0.0.1:3000', '/health': 'http://127.0.0.1:3000' },
  },
});
