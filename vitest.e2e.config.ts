import { defineConfig } from 'vitest/config';

// `npm run test:e2e`: the browser test in a real client (needs Debian's chromium).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    maxWorkers: 1,
  },
});
