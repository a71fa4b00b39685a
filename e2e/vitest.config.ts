import path from 'node:path';
import { configDefaults, defineConfig } from 'vitest/config';

const root = path.resolve(import.meta.dirname, '..');

export default defineConfig({
  root,
  // 'server-only' throws outside a React server bundle; tests import server modules directly, so it is a no-op here
  // (the CLI and scripts get the same through `tsx --conditions=react-server`).
  resolve: { alias: { '@': root, 'server-only': path.join(root, 'node_modules/server-only/empty.js') } },
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'scripts/**/*.test.ts', 'e2e/integration/**/*.test.ts'],
    // Crash and outage tests with real processes: `npm run test:reliability` (e2e/reliability.config.ts).
    exclude: [...configDefaults.exclude, 'e2e/integration/reliability-*.test.ts'],
    globalSetup: ['e2e/support/global-setup.ts'],
    setupFiles: ['e2e/support/setup-file.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // As Playwright does (e2e/playwright.config.ts): in CI a test that fails once is run once more, and the default
    // reporter marks it "(retry x1)" in the log — a load spike on a shared 2-core runner must not throw away a run.
    retry: process.env.CI ? 1 : 0,
    // Two cores: more workers only fight over them (and PGlite is CPU-heavy).
    maxWorkers: 2,
    pool: 'forks',
  },
});
