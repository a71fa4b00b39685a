import { expect, test } from '@playwright/test';

test('sign up, see the workspace, sign out, sign in again', async ({ page }) => {
  const email = `pw-${Date.now()}@example.test`;
  await page.goto('/');
  await expect(page).toHaveURL(/\/signin/);
  await page.getByRole('link', { name: 'Create an account' }).click();
  await page.getByLabel('Name').fill('Pat Modeller');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('password123');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByTestId('workspace')).toBeVisible();
  await expect(page.getByTestId('user-menu')).toContainText('Pat Modeller');

  await page.getByTestId('user-menu').click();
  await page.getByTestId('sign-out').click();
  await expect(page).toHaveURL(/\/signin/);
  await expect(page.getByText('You are signed out.')).toBeVisible();

  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('password123');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('workspace')).toBeVisible();
});

test('a wrong password shows an inline error and stays on the sign-in page', async ({ page, request }) => {
  const email = `pw-wrong-${Date.now()}@example.test`;
  const res = await request.post('/api/signup', { data: { email, password: 'password123' } });
  expect(res.status()).toBe(201);
  await page.goto('/signin');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('signin-error')).toContainText('Wrong email or password');
  await expect(page).toHaveURL(/\/signin/);
});
