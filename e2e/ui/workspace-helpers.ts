// Shared steps for the workspace specs: a fresh signed-in user, a ready canvas, palette-drawn tasks.
import { expect, type Page } from '@playwright/test';

// Each test signs up a fresh user (API) and signs in through the UI.
export async function signIn(page: Page, who: { prefix: string; name: string } = { prefix: 'modeler', name: 'Mo Deller' }) {
  const email = `${who.prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@example.test`;
  const res = await page.request.post('/api/signup', { data: { email, password: 'password123', name: who.name } });
  expect(res.status()).toBe(201);
  await page.goto('/signin');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('password123');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/d\/dgm_/);
  await expect(page.getByTestId('workspace')).toBeVisible();
  await waitForCanvas(page);
}

/** Sign in through the form as an existing account (password123, as every spec signs up with). */
export async function signInAs(page: Page, email: string) {
  await page.goto('/signin');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('password123');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/signin/);
}

export async function waitForCanvas(page: Page) {
  await expect(page.locator('.djs-palette')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.djs-element.djs-shape').first()).toBeAttached();
}

/** Create a task with the palette at (dx, dy) from the start event (free canvas) and name it. Returns its id. */
export async function addTask(page: Page, dx: number, dy: number, name: string): Promise<string> {
  const box = (await page.getByTestId('canvas').boundingBox())!;
  const start = (await page.locator('.djs-element[data-element-id^="StartEvent_"] .djs-visual').first().boundingBox())!;
  const x = start.x + dx;
  const y = start.y + dy;
  await page.locator('.djs-palette .entry.bpmn-icon-task').click();
  await page.mouse.move(x - 30, y - 30);
  await page.mouse.move(x, y, { steps: 5 });
  await page.mouse.click(x, y);
  const editor = page.locator('.djs-direct-editing-parent');
  await expect(editor).toBeVisible();
  await page.keyboard.type(name);
  const id = await page.locator('.djs-element.selected').first().getAttribute('data-element-id');
  // Finish label editing by clicking empty canvas.
  await page.mouse.click(box.x + box.width - 140, box.y + box.height - 140);
  await expect(editor).toBeHidden();
  return id!;
}

