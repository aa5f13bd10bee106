import { createRequire } from 'node:module';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

/** Resolve workspace packages to their TypeScript source, as the apps do (node tests resolve as SSR). */
const resolve = { conditions: ['@cqss/source', 'module', 'import', 'default'] };
const ssr = { resolve: { conditions: ['@cqss/source'], externalConditions: ['@cqss/source'] } };

/** Unit tests of pure code: fast, parallel. */
export const unitConfig = defineConfig({
  resolve,
  ssr,
  test: { include: ['src/**/*.test.ts'], environment: 'node' },
});

/**
 * Server tests: decorator metadata comes from the package tsconfig
 * (emitDecoratorMetadata), which Vite 8's transformer honours; each file boots
 * its own server on its own database, so files may run in parallel.
 */
export const serverConfig = defineConfig({
  ssr,
  resolve: {
    ...resolve,
    // graphql must be one instance: Vite would pick its .mjs build (and graphql-query-complexity's
    // ESM build imports .mjs files), while type-graphql and Apollo, loaded by Node, get CommonJS.
    alias: ['graphql', 'graphql-query-complexity'].map((name) => ({
      find: new RegExp(`^${name}$`),
      replacement: createRequire(path.join(process.cwd(), 'package.json')).resolve(name),
    })),
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['./test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
  },
});

/**
 * Browser tests: files run side by side, one per worker (E2E_WORKERS, default 2), each worker
 * against its own server and database booted by the global setup.
 */
export const browserConfig = defineConfig({
  resolve,
  ssr,
  test: {
    include: ['src/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['./src/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    maxWorkers: Number(process.env.E2E_WORKERS) || 2,
  },
});
