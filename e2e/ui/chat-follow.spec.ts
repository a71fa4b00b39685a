// The conversation follows new answers after attachments were added and removed, offers "Jump to latest" when the
// reader has scrolled up, and a reload reopens the conversation that was open on the diagram.
import { expect, test, type Page } from '@playwright/test';
import { makePng } from './chat-png';
import { signIn } from './workspace-helpers';

const scrollState = (page: Page) =>
  page.getByTestId('chat-messages').evaluate((el) => ({ gap: el.scrollHeight - el.scrollTop - el.clientHeight, overflow: el.scrollHeight > el.clientHeight + 50 }));

async function ask(page: Page, text: string) {
  await page.getByTestId('chat-input').fill(text);
  await page.getByTestId('chat-input').press('Enter');
  await expect(page.getByTestId('assistant-message').last()).toHaveAttribute('data-streaming', 'false', { timeout: 30_000 });
}

test('follows new answers after an attachment was added and removed; Jump to latest; reload restores the thread', async ({ page }) => {
  // A short window so that every answer overflows the conversation.
  await page.setViewportSize({ width: 1280, height: 560 });
  await signIn(page, { prefix: 'follow', name: 'Fol Low' });
  await ask(page, 'Summarise this process');

  // Attach a picture, remove it, attach another (the composer grows and shrinks under the conversation).
  const file = page.getByTestId('chat-file-input');
  await file.setInputFiles({ name: 'one.png', mimeType: 'image/png', buffer: makePng(40, 30) });
  await expect(page.getByTestId('composer-image')).toHaveAttribute('data-status', 'ready', { timeout: 20_000 });
  await page.getByRole('button', { name: 'Remove one.png' }).click();
  await expect(page.getByTestId('composer-image')).toHaveCount(0);
  await file.setInputFiles({ name: 'two.png', mimeType: 'image/png', buffer: makePng(60, 40) });
  await expect(page.getByTestId('composer-image')).toHaveAttribute('data-status', 'ready', { timeout: 20_000 });
  await ask(page, 'What is in this picture? Also summarise this process');
  await ask(page, 'Is anything wrong with my diagram?');

  // Still pinned to the newest answer.
  await expect.poll(async () => (await scrollState(page)).overflow).toBe(true);
  await expect.poll(async () => (await scrollState(page)).gap).toBeLessThan(48);
  await expect(page.getByTestId('chat-jump-latest')).toHaveCount(0);

  // Scroll up to read: a button offers the way back to the newest answer.
  await page.getByTestId('chat-messages').evaluate((el) => el.scrollTo({ top: 0 }));
  await expect(page.getByTestId('chat-jump-latest')).toBeVisible();
  await page.getByTestId('chat-jump-latest').click();
  await expect.poll(async () => (await scrollState(page)).gap).toBeLessThan(48);
  await expect(page.getByTestId('chat-jump-latest')).toHaveCount(0);

  const title = await page.getByTestId('chat-title').innerText();
  const count = await page.getByTestId('user-message').count();
  await page.reload();
  await expect(page.getByTestId('user-message')).toHaveCount(count);
  await expect(page.getByTestId('chat-title')).toHaveText(title);
  await expect(page.getByTestId('user-message').getByTestId('message-image')).toHaveCount(1);
});
