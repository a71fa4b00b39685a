// The server runs with no public origin configured (NEXTAUTH_URL empty in playwright.config.ts), as after
// `npm start` on a fresh clone. Opened at 127.0.0.1 or at localhost, the same server must hand out upload and
// preview URLs on the address the browser used, so the screenshot's upload is same-origin and completes.
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './workspace-helpers';

const port = Number(process.env.E2E_PORT ?? 3100);

async function screenshotAndAsk(page: Page, origin: string) {
  const uploads: string[] = [];
  page.on('request', (r) => {
    if (/\/api\/chatkit\/attachments\/[^/]+\/upload/.test(r.url())) uploads.push(r.url());
  });
  await page.getByTestId('screenshot').click();
  const tile = page.getByTestId('composer-image');
  await expect(tile).toHaveAttribute('data-status', 'ready', { timeout: 20_000 });
  await expect(page.getByTestId('upload-error')).toHaveCount(0);
  expect(uploads.length).toBeGreaterThan(0);
  for (const u of uploads) expect(new URL(u).origin).toBe(origin);

  const input = page.getByTestId('chat-input');
  await input.fill('What is in this picture?');
  await input.press('Enter');
  const answer = page.getByTestId('assistant-message').last();
  await expect(answer).toHaveAttribute('data-streaming', 'false', { timeout: 30_000 });
  await expect(answer).toContainText(/is a PNG image, \d+×\d+ pixels/);

  const sent = page.getByTestId('user-message').getByTestId('message-image').locator('img');
  const src = await sent.getAttribute('src');
  expect(new URL(src!).origin).toBe(origin);
  await expect.poll(() => sent.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
}

for (const host of ['127.0.0.1', 'localhost']) {
  test.describe(`opened at http://${host}`, () => {
    const origin = `http://${host}:${port}`;
    test.use({ baseURL: origin });

    test('Screenshot → the upload completes → send → the answer describes the picture', async ({ page }) => {
      await signIn(page, { prefix: `origin-${host.replace(/\W/g, '')}`, name: 'Ori Gin' });
      expect(new URL(page.url()).origin).toBe(origin);
      await screenshotAndAsk(page, origin);
    });
  });
}

test('a failed upload says why, blocks sending without the picture, and Retry completes it', async ({ page }) => {
  await signIn(page, { prefix: 'origin-fail', name: 'Ori Gin' });
  // The browser cannot reach the upload URL (what a cross-origin or dropped connection looks like to the page).
  await page.route('**/api/chatkit/attachments/*/upload*', (route) => route.abort('failed'));
  await page.getByTestId('screenshot').click();
  const error = page.getByTestId('upload-error');
  await expect(error).toContainText(/was not uploaded.*could not reach the server/);
  const input = page.getByTestId('chat-input');
  await input.fill('What is in this picture?');
  await expect(page.getByTestId('chat-send')).toBeDisabled();
  await input.press('Enter');
  await expect(page.getByTestId('user-message')).toHaveCount(0);
  await expect(page.locator('.chat-composer-hint')).toHaveText('Retry or remove the file that failed, then send');

  await page.unroute('**/api/chatkit/attachments/*/upload*');
  await page.getByTestId('upload-retry').click();
  await expect(page.getByTestId('composer-image')).toHaveAttribute('data-status', 'ready', { timeout: 20_000 });
  await expect(error).toHaveCount(0);
  await expect(input).toHaveValue('What is in this picture?');
  await input.press('Enter');
  await expect(page.getByTestId('user-message').getByTestId('message-image')).toBeVisible();
  await expect(page.getByTestId('assistant-message').last()).toHaveAttribute('data-streaming', 'false', { timeout: 30_000 });
});
