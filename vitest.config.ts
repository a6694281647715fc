import { defineConfig } from 'vitest/config';

/**
 * The suites that read and write the record through the store run on every engine: SQLite (as
 * everything does), PostgreSQL in-process (PGlite, so `npm test` needs no server), and, when
 * IDMG_TEST_POSTGRES_URL names one (`.ci/run` starts a throwaway cluster), a real PostgreSQL
 * server with the replica tests (real processes on one database). Each test gets its own database.
 */
const ENGINE_SUITES = [
  'test/store/**/*.test.ts',
  'test/app/**/*.test.ts',
  'test/reminders/**/*.test.ts',
  'test/rounds/**/*.test.ts',
  'test/faults/**/*.test.ts',
  'test/committees/**/*.test.ts',
  'test/scheduler/**/*.test.ts',
];
// These drive the CLI or an old SQLite file directly: they run on SQLite only.
const SQLITE_ONLY = ['**/cli.test.ts', 'test/committees/migration.test.ts'];
const EXCLUDE = ['test/e2e/**', 'node_modules/**'];
const postgresUrl = process.env.IDMG_TEST_POSTGRES_URL?.trim();

export default defineConfig({
  test: {
    testTimeout: 90_000,
    hookTimeout: 60_000,
    // Tests that spawn the CLI and the server are process-heavy; two cores, two workers.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'sqlite', include: ['test/**/*.test.ts'], exclude: [...EXCLUDE, 'test/replicas/**'] },
      },
      {
        extends: true,
        test: {
          name: 'pglite',
          include: ENGINE_SUITES,
          exclude: [...EXCLUDE, ...SQLITE_ONLY],
          env: { IDMG_TEST_DB: 'pglite' },
        },
      },
      ...(postgresUrl
        ? [
            {
              extends: true as const,
              test: {
                name: 'postgres',
                include: [...ENGINE_SUITES, 'test/replicas/**/*.test.ts'],
                exclude: [...EXCLUDE, ...SQLITE_ONLY],
                env: { IDMG_TEST_DB: postgresUrl },
              },
            },
          ]
        : []),
    ],
  },
});
