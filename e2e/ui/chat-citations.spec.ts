import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { signIn, waitForCanvas } from './workspace-helpers';

// Citations and @-mentions in the built-in panel against the real app and the offline analyst: a tagged
// element reaches the analyst as its id, and a cited element in the answer selects it on the canvas.

const XML = fs.readFileSync(path.resolve(import.meta.dirname, '..', 'fixtures', 'diagrams', 'order-fulfilment.bpmn'), 'utf8');

test('mention an element, click a cited element in the answer, the canvas selects it', async ({ page }) => {
  await signIn(page, { prefix: 'cite', name: 'Ci Tation' });
  const res = await page.request.post('/api/diagrams', { data: { name: 'Order fulfilment', xml: XML } });
  expect(res.status()).toBe(201);
  const { diagram } = await res.json();
  await page.goto(`/d/${diagram.id}`);
  await waitForCanvas(page);
  await expect(page.locator('.djs-element[data-element-id="Task_CheckOrder"]')).toBeAttached();

  // @-mention: the popup lists matching element names; Enter picks one.
  const input = page.getByTestId('chat-input');
  await input.click();
  await input.pressSequentially('What happens after @check');
  const list = page.getByTestId('mention-list');
  await expect(list.getByRole('option').first()).toHaveText(/Check order/);
  await input.press('Enter');
  await expect(list).toBeHidden();
  await expect(input).toHaveValue('What happens after @Check order ');
  await input.press('Backspace');
  await input.pressSequentially('?');

  const sent = page.waitForRequest((r) => r.url().endsWith('/api/chatkit') && (r.postData() ?? '').includes('threads.create'));
  await input.press('Enter');
  const body = JSON.parse((await sent).postData()!);
  expect(body.params.input.content).toEqual([
    { type: 'input_text', text: 'What happens after ' },
    { type: 'input_tag', id: 'Task_CheckOrder', text: 'Check order', data: { kind: 'bpmn_element', element_id: 'Task_CheckOrder', element_type: 'UserTask' }, interactive: true },
    { type: 'input_text', text: '?' },
  ]);

  const answer = page.getByTestId('assistant-message').last();
  await expect(answer).toHaveAttribute('data-streaming', 'false', { timeout: 30_000 });
  const cited = answer.locator('[data-testid="citation"][data-element-id="Gateway_OrderValid"]').first();
  await expect(cited).toBeVisible();

  // Nothing selected yet; the click selects exactly that element on the canvas.
  await expect(page.locator('.djs-element.selected')).toHaveCount(0);
  await cited.click();
  await expect(page.locator('.djs-element.selected')).toHaveCount(1);
  await expect(page.locator('.djs-element.selected')).toHaveAttribute('data-element-id', 'Gateway_OrderValid');
  await page.screenshot({ path: test.info().outputPath('citation-selected.png') });

  // Keyboard: a citation is a button.
  const reject = answer.locator('[data-testid="citation"][data-element-id="Task_RejectOrder"]').first();
  await reject.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.djs-element.selected')).toHaveAttribute('data-element-id', 'Task_RejectOrder');

});
