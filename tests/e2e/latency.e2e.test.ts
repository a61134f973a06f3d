/**
 * Keystroke → marks updated, on drafts of 300+ and 1,000 words in the Gmail compose. In the page's own world: a
 * capture 'input' listener on document stamps t0 (it runs before any listener on the editor), and a
 * MutationObserver on the panel host's data-analyzed-at stamps t1 (delivered right after the content
 * script's input handler has analysed, painted the marks and rendered the panel). Also recorded: the time
 * to the next animation frame after t0, i.e. when the user can see it. Only gross regressions fail (p95 of
 * t1 - t0 under 160 ms, ten times the 16 ms target); the figures are printed and written to
 * tests/e2e/screenshots/latency.json and latency-1000.json.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  clickAfter,
  expectClean,
  GMAIL_BODY,
  type Harness,
  launch,
  openCompose,
  PANEL,
  SHOTS,
} from './harness';
import { TARGET_WORDS, typingScript } from './typing-script';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => h?.close());

// Our own filler for a long, ordinary letter (no rule should care much about it).
const PARAGRAPHS = [
  'My interest in anesthesiology grew during my third year, when I followed a patient from the preoperative clinic through a long spine operation and into recovery. The attending explained each decision about fluids, ventilation and pain control, and I saw how much careful planning happens before the first incision. Since then I have looked for every chance to learn how anesthesiologists keep patients safe across the whole operative day.',
  'During my sub-internship I prepared for each case the evening before, presented a plan to my resident in the morning, and placed arterial lines and peripheral nerve blocks under supervision. I learned to check the machine, draw up drugs with clear labels, and speak up early when a trend worried me. I also spent two weeks with the acute pain service, where I followed patients after major abdominal surgery and helped adjust their regional catheters.',
  'Outside the operating room I worked on a quality project that shortened the time from a rapid response call to the arrival of airway equipment on our medical wards. The project taught me to collect data patiently, to listen to nurses and respiratory therapists, and to present results to people with very different priorities.',
  'I hope to train in a program that values teaching, teamwork and steady feedback, and I would welcome the chance to learn from your faculty and residents. I have attached an updated curriculum vitae with the quality project described above.',
];
const TYPED = ' Thank you again for your time and for a wonderful interview.';

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] as number;
}

/**
 * Types TYPED a key at a time (30 ms apart, a quick typist) at the end of `paragraphs`, inserted after the
 * greeting of a new Gmail compose, and returns keystroke → marks figures; writes them to SHOTS/`file`.
 */
async function measureTyping(paragraphs: readonly string[], minWords: number, file: string) {
  const page = await openCompose(h, 'gmail/new-compose.html');
  const opened = Date.now();
  const body = page.locator(GMAIL_BODY).first();
  await clickAfter(page, body, 'Marsh,');
  await page.keyboard.press('End');
  for (const p of paragraphs) {
    await page.keyboard.press('Enter');
    await page.keyboard.insertText(p);
    await page.keyboard.press('Enter');
  }
  // Author words only: the text above the "-- " signature line.
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered lines are needed to find "-- "
  const authorText = (await body.innerText()).split(/\n--\s*\n/)[0] ?? '';
  const words = authorText.split(/\s+/).filter(Boolean).length;
  expect(words).toBeGreaterThanOrEqual(minWords);

  // The lazy NLP bundle is requested at idle, at most 3 s after load: measure with it in place.
  await page.waitForTimeout(Math.max(0, 3_300 - (Date.now() - opened)));
  // Warm up (paragraph caches), then measure.
  await page.keyboard.type(' Warm up.', { delay: 20 });
  await page.waitForTimeout(300);
  await page.evaluate((panelSelector) => {
    const w = window as unknown as { __lat: number[]; __frame: number[] };
    w.__lat = [];
    w.__frame = [];
    let t0: number | null = null;
    document.addEventListener(
      'input',
      () => {
        const start = performance.now();
        t0 = start;
        requestAnimationFrame(() => w.__frame.push(performance.now() - start));
      },
      true,
    );
    const host = document.querySelector(panelSelector);
    if (!host) throw new Error('no panel host');
    new MutationObserver(() => {
      if (t0 === null) return;
      w.__lat.push(performance.now() - t0);
      t0 = null;
    }).observe(host, { attributes: true, attributeFilter: ['data-analyzed-at'] });
  }, PANEL);

  await page.keyboard.type(TYPED, { delay: 30 });
  await page.waitForTimeout(100);
  const { lat, frame } = await page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __frame: number[] };
    return { lat: w.__lat, frame: w.__frame };
  });
  const marks = Number((await page.locator(PANEL).getAttribute('data-mark-count')) ?? 0);
  await expectClean(page, 'typing on a long draft');

  const sorted = [...lat].sort((a, b) => a - b);
  const frames = [...frame].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  const result = {
    draftWords: words,
    marks,
    keystrokes: TYPED.length,
    samples: lat.length,
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    maxMs: round(sorted[sorted.length - 1] ?? Number.NaN),
    meanMs: round(lat.reduce((a, b) => a + b, 0) / Math.max(1, lat.length)),
    nextFrameP50Ms: round(percentile(frames, 50)),
    nextFrameP95Ms: round(percentile(frames, 95)),
    measured:
      'document capture input listener (t0) → MutationObserver on <matchmail-panel data-analyzed-at> (t1)',
    browser: h.ctx.browser()?.version() ?? 'chromium',
    cpus: (await import('node:os')).cpus().length,
    date: new Date().toISOString(),
  };
  console.log(
    `latency on a ${words}-word draft (${marks} marks), ${lat.length} keystrokes 30 ms apart: p50 ${result.p50Ms} ms, ` +
      `p95 ${result.p95Ms} ms, max ${result.maxMs} ms (to the next frame: p50 ${result.nextFrameP50Ms} ms, ` +
      `p95 ${result.nextFrameP95Ms} ms)`,
  );
  writeFileSync(join(SHOTS, file), `${JSON.stringify(result, null, 2)}\n`);

  expect(lat.length, 'one analysis per keystroke').toBeGreaterThanOrEqual(TYPED.length - 2);
  expect(result.p95Ms, 'p95 keystroke → marks updated (gross regression bound)').toBeLessThan(160);
  expect(h.pageErrors, 'uncaught errors in the page').toEqual([]);
  await page.close();
}

it('keystroke → marks updated stays fast on a 300-word draft', async () => {
  await measureTyping(PARAGRAPHS, 300, 'latency.json');
});

// Issue 11's figure: p95 ≤ 8 ms on a 1,000-word draft (the typing tests' words, typed at a person's pace).
it('keystroke → marks updated stays fast on a 1,000-word draft', async () => {
  const paragraphs = typingScript().map((words) => words.join(' '));
  await measureTyping(paragraphs, TARGET_WORDS - 20, 'latency-1000.json');
});
