// Admin review end to end: a user's real conversation (created through the HTTP APIs) is found by search, read with
// its screenshot inline, its diagram revision opened in the viewer, flagged, found by flag, and every step audited.
import sharp from 'sharp';
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { signInAs } from './workspace-helpers';

const PASSWORD = 'password123';
const ADMIN_EMAIL = 'pw-admin@example.test';


async function signUp(request: APIRequestContext, email: string): Promise<{ role: string }> {
  const res = await request.post('/api/signup', { data: { email, password: PASSWORD, name: email.split('@')[0] } });
  if (res.status() === 409) return { role: 'unknown' };
  expect(res.status(), await res.text()).toBe(201);
  return res.json();
}

/** The user's side, all over HTTP: a diagram, an uploaded screenshot, and a conversation that uses both. */
async function userConversation(browser: Browser, email: string, words: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, email);
  const api = context.request;
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" id="Defs" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="Process_1" isExecutable="false"><bpmn:startEvent id="Start_1" name="Claim received" /></bpmn:process>
  <bpmndi:BPMNDiagram id="D1"><bpmndi:BPMNPlane id="P1" bpmnElement="Process_1">
    <bpmndi:BPMNShape id="Start_1_di" bpmnElement="Start_1"><dc:Bounds x="160" y="100" width="36" height="36" /></bpmndi:BPMNShape>
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;
  const d = await api.post('/api/diagrams', { data: { name: 'Claims intake', xml } });
  expect(d.status(), await d.text()).toBe(201);
  const diagramId = (await d.json()).diagram.id as string;

  const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 31, g: 79, b: 209 } } }).png().toBuffer();
  const up = await api.post('/api/chatkit/upload', {
    multipart: { file: { name: 'claims-20260322-101500.png', mimeType: 'image/png', buffer: png } },
  });
  expect(up.status(), await up.text()).toBe(200);
  const attachment = await up.json();
  expect(attachment.type).toBe('image');

  const res = await api.post('/api/chatkit', {
    data: {
      type: 'threads.create',
      params: { input: { content: [{ type: 'input_text', text: `Does the ${words} step need a gateway?` }], attachments: [attachment.id], inference_options: {} } },
      metadata: { diagram_id: diagramId },
    },
  });
  expect(res.status()).toBe(200);
  const sse = await res.text();
  const events = sse.split('\n').filter((l) => l.startsWith('data: ')).map((l) => JSON.parse(l.slice(6)));
  const created = events.find((e) => e.type === 'thread.created');
  expect(created, sse.slice(0, 500)).toBeTruthy();
  await context.close();
  return { threadId: created.thread.id as string };
}

test('an admin finds a conversation by its words, reads it with the screenshot, opens the diagram revision, flags it, and sees the audit trail', async ({ page, browser, request }, testInfo) => {
  const me = await signUp(request, ADMIN_EMAIL);
  // The admin is the first account of this run's database (admin specs run first), or listed in ADMIN_EMAILS.
  expect(me.role === 'ADMIN' || me.role === 'unknown', 'pw-admin must become an admin: run on a fresh database or set ADMIN_EMAILS').toBe(true);
  const userEmail = `pw-reviewed-${Date.now()}@example.test`;
  await signUp(request, userEmail);
  const words = `quokka${Date.now().toString(36)}`;
  const { threadId } = await userConversation(browser, userEmail, words);

  await signInAs(page, ADMIN_EMAIL);
  await page.goto('/admin');
  await page.getByTestId('filter-q').fill(words);
  await page.getByTestId('filter-apply').click();
  await expect(page).toHaveURL(new RegExp(`q=${words}`));
  const rows = page.getByTestId('conversation-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(userEmail);
  await expect(rows.first().locator('mark')).toHaveText(words);

  await page.screenshot({ path: testInfo.outputPath('admin-conversations.png') });
  await rows.first().getByRole('link').first().click();
  await expect(page).toHaveURL(new RegExp(`/admin/conversations/${threadId}$`));
  await expect(page.getByTestId('msg-user')).toContainText(words);
  await expect(page.getByTestId('msg-assistant').first()).toBeVisible();
  const img = page.getByTestId('transcript-image');
  await expect(img).toBeVisible();
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);

  await page.screenshot({ path: testInfo.outputPath('admin-transcript.png') });
  await page.getByTestId('revision-link').click();
  await expect(page.getByTestId('revision-title')).toHaveText('Claims intake');
  await expect(page.getByTestId('revision-viewer')).toHaveAttribute('data-state', 'ready');
  await expect(page.getByTestId('revision-viewer').locator('[data-element-id="Start_1"]')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('admin-revision.png') });
  await page.getByTestId('back-to-conversation').click();

  await page.getByTestId('flag-status-escalated').click();
  await page.getByTestId('flag-note').fill('Answer ignores the claims policy');
  await page.getByTestId('flag-save').click();
  await expect(page.getByTestId('flag-current')).toHaveText('escalated');

  await page.goto('/admin');
  await page.getByTestId('filter-flag').selectOption('escalated');
  await page.getByTestId('filter-apply').click();
  await expect(page).toHaveURL(/flag=escalated/);
  await expect(page.locator(`[data-testid="conversation-row"][data-id="${threadId}"]`)).toBeVisible();

  await page.goto('/admin/audit');
  const audit = page.getByTestId('audit-row');
  await expect(audit.filter({ hasText: 'Set flag' }).filter({ hasText: threadId })).toHaveCount(1);
  await expect(audit.filter({ hasText: 'Viewed diagram revision' })).not.toHaveCount(0);
  await expect(audit.filter({ hasText: 'Viewed conversation' }).filter({ hasText: threadId })).not.toHaveCount(0);
  await expect(audit.first()).toContainText(ADMIN_EMAIL);
  await page.screenshot({ path: testInfo.outputPath('admin-audit.png') });
  await page.goto('/admin/stats');
  await expect(page.getByTestId('stats-charts').locator('.recharts-surface').first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('admin-stats.png') });
});

test('a regular user cannot reach any admin page or API', async ({ page, request }) => {
  const email = `pw-plain-${Date.now()}@example.test`;
  const me = await signUp(request, email);
  expect(me.role).toBe('USER');
  await signInAs(page, email);
  for (const path of ['/admin', '/admin/feedback', '/admin/stats', '/admin/users', '/admin/audit', '/admin/conversations/thr_x', '/admin/revisions/rev_x']) {
    await page.goto(path);
    // Sent to the workspace (which opens the user's diagram), never shown an admin page.
    await expect(page, path).not.toHaveURL(/\/admin/);
    await expect(page.getByTestId('admin-main')).toHaveCount(0);
  }
  await expect(page.getByTestId('admin-link')).toHaveCount(0);
  for (const path of ['/api/admin/conversations', '/api/admin/stats', '/api/admin/audit', '/api/admin/users', '/api/admin/export']) {
    const res = await page.request.get(path);
    expect(res.status(), path).toBe(404);
  }
  await page.goto('/settings');
  await expect(page.getByTestId('privacy-note')).toContainText('may review conversations');
});
