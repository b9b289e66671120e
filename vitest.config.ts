import { defineConfig } from 'vitest/config';

// One runner for the whole repository; each package is a project so output names its origin.
// Time limits only stop a hung test; they are generous because `npm test` runs the unit and the browser
// suites side by side on 2 cores, where a file's first test also pays for its imports.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'runtime', root: 'packages/runtime', include: ['src/**/__tests__/**/*.test.ts'], environment: 'node', testTimeout: 30_000 } },
      { test: { name: 'server', root: 'packages/server', include: ['src/**/__tests__/**/*.test.ts', 'test/**/*.test.ts'], environment: 'node', testTimeout: 30_000, hookTimeout: 60_000 } },
      { test: { name: 'templates', root: '.', include: ['templates/**/__tests__/**/*.test.ts', 'examples/**/__tests__/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 120_000 } },
      { test: { name: 'designer', root: 'packages/designer', include: ['src/**/__tests__/**/*.test.ts'], environment: 'node', testTimeout: 30_000 } },
      { test: { name: 'browser', root: 'packages/designer', include: ['e2e/**/*.test.ts'], environment: 'node', testTimeout: 120_000, hookTimeout: 180_000, fileParallelism: false } },
    ],
  },
});
