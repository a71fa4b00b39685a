// Lint findings are drawn on the canvas as coloured badges (bpmn-js-bpmnlint). They must be visible: an error badge
// whose colour variable is undefined draws white on transparent, although the toolbar still counts the error.
import { expect, test } from '@playwright/test';
import { signIn } from './workspace-helpers';

// A task with no flows at all: bpmnlint's "no-disconnected" (an error) and a missing end event.
const XML = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" id="Defs_1" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="P1" isExecutable="false">
    <bpmn:startEvent id="S" name="Start" />
    <bpmn:task id="T" name="Lonely task" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="D1"><bpmndi:BPMNPlane id="PL1" bpmnElement="P1">
    <bpmndi:BPMNShape id="S_di" bpmnElement="S"><dc:Bounds x="300" y="200" width="36" height="36" /></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="T_di" bpmnElement="T"><dc:Bounds x="420" y="178" width="100" height="80" /></bpmndi:BPMNShape>
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;

/** [r, g, b, a] of a CSS colour as the browser computed it (rgb()/rgba() or the srgb color() form). */
function channels(css: string): number[] {
  const nums = (css.match(/[\d.]+/g) ?? []).map(Number);
  if (css.startsWith('color(')) return [nums[0]! * 255, nums[1]! * 255, nums[2]! * 255, nums[3] ?? 1];
  return [nums[0]!, nums[1]!, nums[2]!, nums[3] ?? 1];
}

test('error badges on the canvas have a visible, non-white background', async ({ page }) => {
  await signIn(page, { prefix: 'lint', name: 'Lin Ter' });
  const res = await page.request.post('/api/diagrams', { data: { name: 'Lint badges', xml: XML } });
  expect(res.status()).toBe(201);
  const { diagram } = await res.json();
  await page.goto(`/d/${diagram.id}`);
  await expect(page.locator('.djs-element text', { hasText: 'Lonely task' })).toBeVisible({ timeout: 30_000 });

  const badge = page.locator('.djs-overlay .bjsl-icon-error').first();
  await expect(badge).toBeVisible({ timeout: 15_000 });
  const style = await badge.evaluate((el) => {
    const s = getComputedStyle(el);
    return { background: s.backgroundColor, color: s.color };
  });
  const [r, g, b, a] = channels(style.background);
  expect(a, `badge background ${style.background}`).toBeGreaterThan(0.5);
  // Not white and not near-white: a saturated colour the white glyph stands out on.
  expect(Math.min(r!, g!, b!), `badge background ${style.background}`).toBeLessThan(200);
  expect(style.background).not.toBe(style.color);
});
