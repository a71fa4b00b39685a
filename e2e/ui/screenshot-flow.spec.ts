// The feature the product exists for: canvas → PNG → picture in the composer → the assistant reads the diagram.
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { addTask, signIn } from './workspace-helpers';

test('screenshot lands in the composer as a picture, the answer counts the tasks, and both survive a reload', async ({ page }) => {
  await signIn(page);
  // The starter diagram has one task; draw a second one.
  await addTask(page, 40, 190, 'Check stock');
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });

  await page.getByTestId('screenshot').click();
  const tile = page.getByTestId('composer-image');
  await expect(tile).toBeVisible();
  await expect(tile.locator('img')).toHaveAttribute('src', /^blob:/);
  await expect(tile).toHaveAttribute('data-status', 'ready', { timeout: 20_000 });
  // A picture, not a generic file chip.
  await expect(page.getByTestId('composer-file')).toHaveCount(0);

  const input = page.getByTestId('chat-input');
  await input.fill('how many tasks are in my diagram?');
  await input.press('Enter');

  const answer = page.getByTestId('assistant-message').last();
  await expect(answer).toHaveAttribute('data-streaming', 'false', { timeout: 30_000 });
  await expect(answer).toContainText(/\b2 tasks\b/);
  await expect(answer).toContainText('Check stock');

  const sent = page.getByTestId('user-message').getByTestId('message-image').locator('img');
  await expect(sent).toHaveAttribute('src', /^https?:\/\//);
  await expect.poll(() => sent.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  if (process.env.UPDATE_SCREENSHOTS) {
    await page.screenshot({ path: path.resolve(import.meta.dirname, '..', '..', 'docs', 'screenshots', 'workspace-conversation.png') });
  }

  await page.reload();
  const again = page.getByTestId('user-message').getByTestId('message-image').locator('img');
  await expect(again).toBeVisible();
  await expect.poll(() => again.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  await expect(page.getByTestId('assistant-message').last()).toContainText(/\b2 tasks\b/);
});
