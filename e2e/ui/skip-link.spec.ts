// Keyboard users reach the chat's message box without tabbing through the canvas tools.
import { expect, test } from '@playwright/test';
import { signIn } from './workspace-helpers';

test('a skip link, visible when focused, moves the focus to the chat message box', async ({ page }) => {
  await signIn(page, { prefix: 'skip', name: 'Ski Pper' });
  await page.locator('body').focus();
  const link = page.getByTestId('skip-to-composer');
  let reached = false;
  for (let i = 0; i < 25 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await link.evaluate((el) => el === document.activeElement);
  }
  expect(reached, 'the skip link is reachable with Tab').toBe(true);
  await expect(link).toBeVisible();
  const box = (await link.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('chat-input')).toBeFocused();
});
