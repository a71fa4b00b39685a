// Accessibility: axe-core on every page — signed out, as a user (a diagram open, a conversation shown) and as an
// admin. Any serious or critical violation fails the test; the message lists rule, impact and the offending nodes.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signInAs } from './workspace-helpers';

const PASSWORD = 'password123';
const ADMIN_EMAIL = 'pw-admin@example.test';

async function audit(page: Page, label: string) {
  // Let client components settle (fonts, hydration, the canvas) before scanning.
  await page.waitForLoadState('networkidle');
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.slice(0, 6).map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`).join('\n')}`)
    .join('\n');
  expect.soft(bad, `${label}: serious/critical axe findings\n${report}`).toEqual([]);
}

async function signUp(page: Page, email: string) {
  const res = await page.request.post('/api/signup', { data: { email, password: PASSWORD, name: email.split('@')[0] } });
  expect([201, 409]).toContain(res.status());
}


test('signed-out pages have no serious accessibility findings', async ({ page }) => {
  await page.goto('/signin');
  await audit(page, 'sign-in');
  await page.goto('/signup');
  await audit(page, 'sign-up');
});

test('user pages have no serious accessibility findings', async ({ page }) => {
  const email = `a11y-${Date.now()}@example.test`;
  await signUp(page, email);
  await signInAs(page, email);
  await expect(page.getByTestId('workspace')).toBeVisible();
  await expect(page.locator('.djs-palette')).toBeVisible({ timeout: 30_000 });
  await audit(page, 'workspace (new diagram)');

  // A conversation shown: ask the analyst a question and wait for the answer.
  const composer = page.getByTestId('chat-input');
  await composer.fill('How many tasks are there?');
  await composer.press('Enter');
  await expect(page.getByTestId('assistant-message').last()).toContainText(/task/i, { timeout: 30_000 });
  await audit(page, 'workspace (conversation)');

  // Screen reader: focus stays in the composer after sending; the finished answer is announced once, in full.
  await expect(composer).toBeFocused();
  const announced = page.getByTestId('answer-announcer');
  await expect(announced).toHaveText(/^Assistant: .*task/is);
  expect(await page.locator('[role="log"][aria-live="off"]').count()).toBe(1);

  // Keyboard: Tab reaches Retry from the composer, the focus ring shows, Enter retries.
  const retry = page.getByRole('button', { name: 'Retry' });
  for (let i = 0; i < 40 && !(await retry.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Shift+Tab');
  await expect(retry).toBeFocused();
  expect(await retry.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
  const answersBefore = await page.getByTestId('assistant-message').count();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('assistant-message')).toHaveCount(answersBefore);
  await expect(page.getByTestId('assistant-message').last()).toHaveAttribute('data-streaming', 'false');
  await expect(page.getByTestId('assistant-message').last()).toContainText(/task/i);

  // The Screenshot result is announced through a live region that exists before the text arrives.
  const announcer = page.getByTestId('modeler-announcer');
  await expect(announcer).toHaveAttribute('role', 'status');
  await page.getByTestId('screenshot').click();
  await expect(announcer).toContainText(/screenshot .*added/i);

  await page.goto('/diagrams');
  await audit(page, 'diagram list');
  await page.goto('/settings');
  await audit(page, 'settings');
});

test('admin pages have no serious accessibility findings', async ({ page }) => {
  await signUp(page, ADMIN_EMAIL);
  await signInAs(page, ADMIN_EMAIL);
  // A conversation of the admin's own, so the transcript page has something to show whatever ran before.
  await page.goto('/');
  const composer = page.getByTestId('chat-input');
  await composer.fill('Which elements are there?');
  await composer.press('Enter');
  await expect(page.getByTestId('assistant-message').last()).toHaveAttribute('data-streaming', 'false', { timeout: 30_000 });
  for (const [path, label] of [
    ['/admin', 'admin overview'],
    ['/admin/feedback', 'admin feedback'],
    ['/admin/stats', 'admin stats'],
    ['/admin/users', 'admin users'],
    ['/admin/audit', 'admin audit'],
  ] as const) {
    await page.goto(path);
    await audit(page, label);
  }
  // A transcript, when there is a conversation to open.
  await page.goto('/admin');
  const first = page.locator('a[href^="/admin/conversations/thr_"]').first();
  await expect(first).toBeVisible();
  await first.click();
  await audit(page, 'admin transcript');

  // Keyboard only: reach the flag controls with Tab, choose a status and save with Enter/Space.
  await page.locator('body').focus();
  const escalated = page.getByTestId('flag-status-escalated');
  await tabTo(page, escalated);
  expect(await escalated.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
  await page.keyboard.press('Space');
  await expect(escalated).toHaveAttribute('aria-pressed', 'true');
  await tabTo(page, page.getByTestId('flag-save'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('flag-saved')).toBeVisible();
});

async function tabTo(page: Page, target: ReturnType<Page['getByTestId']>) {
  for (let i = 0; i < 60 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
}
