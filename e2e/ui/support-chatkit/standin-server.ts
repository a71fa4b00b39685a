// The element-mode server for the stand-in specs: the app (the build playwright.config's server made) started on
// its own port with CHAT_UI=chatkit and no public origin, and a page whose CDN script URL is answered with the
// stand-in element (standin-element.js). Each spec file gets its own port offset and data dir.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { waitForCanvas } from '../workspace-helpers';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const standin = fs.readFileSync(path.join(import.meta.dirname, 'standin-element.js'), 'utf8');

export const standinOrigin = (offset: number) => `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + offset}`;

/** Registers beforeAll/afterAll that run the element-mode server at standinOrigin(offset). */
export function useStandinServer(offset: number) {
  const origin = standinOrigin(offset);
  let server: ChildProcess | null = null;
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'procmod-standin-'));
    server = spawn(process.execPath, ['scripts/start.mjs'], {
      cwd: root,
      stdio: 'ignore',
      env: {
        ...process.env, // NEXTAUTH_URL is unset there (playwright.config.ts)
        PORT: new URL(origin).port,
        HOST: '127.0.0.1',
        NEXTAUTH_SECRET: 'e2e-secret-0123456789abcdef0123456789abcdef',
        DATA_DIR: dataDir,
        DATABASE_URL: '',
        NEXT_TELEMETRY_DISABLED: '1',
        CHAT_UI: 'chatkit',
        CHATKIT_SCRIPT_TIMEOUT_MS: '8000',
      },
    });
    for (let i = 0; i < 170; i++) {
      try {
        if ((await fetch(`${origin}/api/health`)).ok) return;
      } catch {
        // not up yet
      }
      await new Promise((r) => setTimeout(r, 1000));
    }
    throw new Error(`the stand-in server on ${origin} did not start`);
  });
  test.afterAll(() => {
    server?.kill('SIGTERM');
  });
}

/** A fresh user signed in on the element-mode server, with the stand-in element mounted. */
export async function openWithStandin(page: Page) {
  await page.route('https://cdn.platform.openai.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'application/javascript', body: standin }),
  );
  const email = `standin-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@example.test`;
  expect((await page.request.post('/api/signup', { data: { email, password: 'password123', name: 'Stan Din' } })).status()).toBe(201);
  await page.goto('/signin');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('password123');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/d\/dgm_/);
  await waitForCanvas(page);
  await expect(page.getByTestId('chat-panel')).toHaveAttribute('data-chat-ui', 'chatkit', { timeout: 15_000 });
  await expect(page.getByTestId('standin')).toBeVisible();
}
