import { expect, test, type Page } from '@playwright/test';
import { makePng } from './chat-png';
import { signIn as signInFresh } from './workspace-helpers';

// Screenshots of the built-in chat panel for a visual check (written to test-results/chat-screens/). Opt-in, not part
// of npm test: `npm run screenshots`. Each picture waits for the state it shows, never for a fixed time.

async function signIn(page: Page) {
  await signInFresh(page, { prefix: 'shots', name: 'Sam Shots' });
  await expect(page.getByTestId('chat-panel')).toHaveAttribute('data-chat-ui', 'builtin');
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  test(`chat panel at ${size.width}x${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    await signIn(page);
    const shot = (name: string) => page.screenshot({ path: `test-results/chat-screens/${name}-${size.width}.png` });
    await expect(page.getByTestId('chat-input')).toBeEditable();
    await shot('empty');

    await page.getByTestId('chat-input').fill('Is anything wrong with my diagram?');
    await page.getByTestId('chat-input').press('Enter');
    await expect(page.getByTestId('assistant-message').last()).toHaveAttribute('data-streaming', 'false', { timeout: 30_000 });
    await page.getByTestId('chat-file-input').setInputFiles({ name: 'sketch.png', mimeType: 'image/png', buffer: makePng(320, 200) });
    await page.getByTestId('chat-file-input').setInputFiles({ name: 'notes.csv', mimeType: 'text/csv', buffer: Buffer.from('a,b\n1,2\n') });
    await page.getByTestId('chat-input').fill('How many tasks are there?');
    await expect(page.locator('[data-testid="composer-image"], [data-testid="composer-file"]')).toHaveCount(2);
    for (const tile of await page.locator('[data-testid="composer-image"], [data-testid="composer-file"]').all()) {
      await expect(tile).toHaveAttribute('data-status', 'ready');
    }
    await shot('conversation');

    await page.getByTestId('chat-input').press('Enter');
    await expect(page.getByTestId('assistant-message')).toHaveCount(2, { timeout: 30_000 });
    await expect(page.getByTestId('assistant-message').last()).toHaveAttribute('data-streaming', 'false', { timeout: 30_000 });
    await expect(page.getByTestId('message-image').last()).toHaveJSProperty('complete', true);
    await shot('sent-image');

    await page.getByTestId('chat-history-toggle').click();
    await expect(page.getByTestId('thread-history')).toBeVisible();
    await expect(page.getByTestId('thread-row').first()).toBeVisible();
    await shot('history');
  });
}
