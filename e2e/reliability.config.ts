// `npm run test:reliability`: crashes and outages with real processes (docs/reliability.md has the figures).
// kill -9 mid-upload and restart (reliability-crash), kill -9 mid-stream and retry (concurrency-turns), PostgreSQL
// stopped mid-traffic on a cluster of its own (reliability-postgres-down), and the bad-input table (bad-input).
// The reliability-* files run only here; the other two are in the normal suite as well.
import { configDefaults, defineConfig } from 'vitest/config';
import base from './vitest.config';

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['e2e/integration/reliability-*.test.ts', 'e2e/integration/concurrency-turns.test.ts', 'e2e/integration/bad-input.test.ts'],
    exclude: configDefaults.exclude,
  },
});
