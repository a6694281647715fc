import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 90_000,
    hookTimeout: 60_000,
    // Tests that spawn the CLI and the server are process-heavy; two cores, two workers.
    maxWorkers: 2,
  },
});
