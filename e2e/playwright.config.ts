// Browser tests against the real app (`next start` via scripts/start.mjs) on a throw-away embedded database.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
// One data dir per run, never ./data. Playwright loads this config in each worker, so reuse the first one.
process.env.E2E_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'procmod-e2e-'));
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// No public origin configured, as after `npm start` on a fresh clone: absolute URLs follow each request's own address
// (e2e/ui/any-origin.spec.ts opens the app at 127.0.0.1 and at localhost). Unset, not empty: next-auth's client
// module cannot parse an empty NEXTAUTH_URL. The web server inherits this process's environment.
delete process.env.NEXTAUTH_URL;
delete process.env.TRUST_PROXY;

export default defineConfig({
  testDir: '.',
  testMatch: ['ui/**/*.spec.ts'],
  // The picture-writing specs only make screenshots for a person to look at: opt-in via `npm run screenshots`.
  testIgnore: process.env.SCREENSHOTS ? [] : ['ui/**/*-screens.spec.ts'],
  outputDir: '../test-results',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PW_JSON_OUTPUT ? [['list'], ['json', { outputFile: process.env.PW_JSON_OUTPUT }]] : [['list']],
  use: {
    baseURL,
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage'],
    },
  },
  webServer: {
    command: 'node scripts/start.mjs',
    cwd: path.resolve(import.meta.dirname, '..'),
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    // The first run builds the app.
    timeout: 420_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      NEXTAUTH_SECRET: 'e2e-secret-0123456789abcdef0123456789abcdef',
      DATA_DIR: process.env.E2E_DATA_DIR,
      NEXT_TELEMETRY_DISABLED: '1',
      // The official ChatKit element cannot load here (no CDN); tests drive the built-in panel.
      CHAT_UI: 'builtin',
      ATTACHMENT_URL_ALLOWLIST: '127.0.0.1',
      // The admin spec's account is an admin whatever order the specs run in.
      ADMIN_EMAILS: 'pw-admin@example.test',
      DATABASE_URL: '',
      // Every spec signs up its own users from 127.0.0.1.
      SIGNUPS_PER_HOUR: '10000',
      // The janitor's timer is off in tests unless one asks for it (e2e/integration/reliability-*.test.ts do).
      JANITOR_INTERVAL_SECONDS: '0',
    },
  },
});
