import { expect, test, type Page } from '@playwright/test';
import { makePng } from './chat-png';
import { signIn as signInFresh } from './workspace-helpers';

// The built-in chat panel (CHAT_UI=builtin in the Playwright config) against the real /api/chatkit.

async function signIn(page: Page) {
  await signInFresh(page, { prefix: 'chat', name: 'Cha Tter' });
  await expect(page.getByTestId('chat-panel')).toHaveAttribute('data-chat-ui', 'builtin');
}

async function ask(page: Page, text: string) {
  const input = page.getByTestId('chat-input');
  await input.fill(text);
  await input.press('Enter');
}

const lastAnswer = (page: Page) => page.getByTestId('assistant-message').last();

test('send a message and see the answer stream in, then find the conversation after a reload', async ({ page }) => {
  await signIn(page);
  await expect(page.getByTestId('chat-empty')).toBeVisible();
  await expect(page.getByRole('button', { name: 'How many tasks are there?' })).toBeVisible();

  const streamed = page.waitForResponse(
    (r) => r.url().endsWith('/api/chatkit') && (r.request().postData() ?? '').includes('"threads.create"'),
  );
  await ask(page, 'Summarise this process');
  const res = await streamed;
  expect(res.headers()['content-type']).toContain('text/event-stream');

  await expect(page.getByTestId('user-message')).toHaveText('Summarise this process');
  await expect(page.getByTestId('chat-input')).toHaveValue('');
  const answer = lastAnswer(page);
  await expect(answer).toHaveAttribute('data-streaming', 'false', { timeout: 30_000 });
  const text = (await answer.locator('.chat-md').innerText()).trim();
  expect(text.length).toBeGreaterThan(10);
  // The server names the thread after the first message; the header shows it.
  await expect(page.getByTestId('chat-title')).not.toHaveText('New conversation');
  await expect(answer.getByRole('button', { name: 'Good answer' })).toBeVisible();

  await page.reload();
  await expect(page.getByTestId('user-message')).toHaveText('Summarise this process');
  await expect(lastAnswer(page).locator('.chat-md')).toHaveText(text);
});

test('rename and delete a conversation from the history', async ({ page }) => {
  await signIn(page);
  await ask(page, 'How many tasks are there?');
  await expect(lastAnswer(page)).toHaveAttribute('data-streaming', 'false', { timeout: 30_000 });

  await page.getByTestId('chat-history-toggle').click();
  const row = page.getByTestId('thread-row');
  await expect(row).toHaveCount(1);
  await row.getByRole('button', { name: /^Rename/ }).click();
  await page.getByTestId('thread-rename-input').fill('Task count check');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(row.locator('.chat-hist-title')).toHaveText('Task count check');
  await expect(page.getByTestId('chat-title')).toHaveText('Task count check');

  // The new title is stored: it survives a reload.
  await page.reload();
  await expect(page.getByTestId('chat-title')).toHaveText('Task count check');
  await page.getByTestId('chat-history-toggle').click();
  await page.getByTestId('thread-row').getByRole('button', { name: 'Delete Task count check' }).click();
  await page.getByTestId('thread-delete-confirm').click();
  await expect(page.getByTestId('thread-row')).toHaveCount(0);
  await expect(page.getByText('No conversations')).toBeVisible();
  await page.getByRole('button', { name: 'Close history' }).click();
  await expect(page.getByTestId('chat-empty')).toBeVisible();

  await page.reload();
  await expect(page.getByTestId('chat-empty')).toBeVisible();
  await page.getByTestId('chat-history-toggle').click();
  await expect(page.getByTestId('thread-row')).toHaveCount(0);
});

test('attach an image with the file chooser: thumbnail while composing and in the sent message, also after a reload', async ({ page }) => {
  await signIn(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Attach image or file' }).click();
  await (await chooser).setFiles({ name: 'whiteboard.png', mimeType: 'image/png', buffer: makePng(160, 100) });

  const tile = page.getByTestId('composer-image');
  await expect(tile).toBeVisible();
  await expect(tile.locator('img')).toHaveAttribute('src', /^blob:/);
  await expect(tile).toHaveAttribute('data-status', 'ready');
  await expect(page.getByTestId('composer-file')).toHaveCount(0);

  await ask(page, 'What is in this picture?');
  await expect(page.getByTestId('composer-image')).toHaveCount(0);
  const sent = page.getByTestId('user-message').getByTestId('message-image').locator('img');
  await expect(sent).toHaveAttribute('src', /^https?:\/\//);
  await expect.poll(() => sent.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  await expect(lastAnswer(page)).toHaveAttribute('data-streaming', 'false', { timeout: 30_000 });

  await page.reload();
  const again = page.getByTestId('user-message').getByTestId('message-image').locator('img');
  await expect(again).toBeVisible();
  await expect.poll(() => again.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  await expect(page.getByTestId('user-message')).toContainText('What is in this picture?');
});

test("an image over the size limit shows the server's message in place and nothing is sent", async ({ page }) => {
  await signIn(page);
  const big = Buffer.alloc(14 * 1024 * 1024, 0);
  makePng(8, 8).copy(big);
  await page.getByTestId('chat-file-input').setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: big });
  await expect(page.getByTestId('upload-error')).toContainText(/14 MB.*limit is 10 MB/);
  await expect(page.getByTestId('composer-image')).toHaveCount(0);
  await page.getByRole('button', { name: 'Remove huge.png' }).click();
  await expect(page.getByTestId('upload-error')).toHaveCount(0);
});
