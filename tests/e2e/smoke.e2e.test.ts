import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Harness, launch, markCount, residueInEditables } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => h?.close());

it('panel appears on the Gmail new compose and marks a rank question', async () => {
  const page = await h.open('gmail/new-compose.html');
  await page.locator('matchmail-panel').first().waitFor({ state: 'attached' });
  const body = page.locator('div[g_editable="true"]').first();
  await body.click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('Could you tell me where I stand on your rank list? ');
  await expect
    .poll(() => page.locator('matchmail-panel [data-rule-id="ask-rank-position"]').count())
    .toBeGreaterThan(0);
  expect(await markCount(page)).toBeGreaterThan(0);
  expect(await residueInEditables(page)).toBe(0);
  await page.screenshot({ path: 'tests/e2e/screenshots/smoke.png' });
});
