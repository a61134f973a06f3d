/**
 * B11 (../shared/reviews/security-2026-12.md): a very large CSV froze the options page (10,000 rows: a 5.4 s
 * task; 100,000 rows: never finished). Measured here with the browser's long-task observer: 100,000 rows are
 * refused by the stated cap with no task over 200 ms; 10,000 rows are previewed and imported, and the times
 * are printed. B9: a Windows-1252 file keeps its accents.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch } from './harness';

let h: Harness;
let page: Page;
const dir = mkdtempSync(join(tmpdir(), 'mm-csv-'));
beforeAll(async () => {
  h = await launch();
  page = await h.ctx.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/options.html`);
  await page.locator('#csv-file').waitFor();
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number; __since: number };
    w.__longest = 0;
    w.__since = 0;
    // Entries arrive after the task ends: only tasks that started after the last reset count.
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.startTime >= w.__since) w.__longest = Math.max(w.__longest, e.duration);
      }
    }).observe({ type: 'longtask', buffered: false });
  });
});
afterAll(async () => {
  await h?.close();
  rmSync(dir, { recursive: true, force: true });
});

const longest = () => page.evaluate(() => (window as unknown as { __longest: number }).__longest);
const resetLongest = () =>
  page.evaluate(() => {
    const w = window as unknown as { __longest: number; __since: number };
    w.__longest = 0;
    w.__since = performance.now();
  });

/**
 * A file on disk, chosen as a user chooses one. (Handing Playwright the bytes instead makes it rebuild the
 * file inside the page from base64: a task of seconds for 8 MB that is the test driver's, not MatchMail's.)
 */
function csvFile(name: string, n: number, row = fullRow): string {
  const rows = Array.from({ length: n }, (_, i) => row(i));
  const path = join(dir, name);
  writeFileSync(path, `Program,Email domain,PD,Interview date,Status,City\n${rows.join('\n')}\n`);
  return path;
}
function fullRow(i: number) {
  return `Program number ${i},p${i}.example,Dr. Person ${i},2027-01-15,applied,City ${i}`;
}

/** The stored program list, unpacked (it is kept packed: src/records/stored-form.ts). */
const storedPrograms = async () => (await h.storage('programs')) as unknown[] | undefined;

/** The longest task a responsive page may run: a click or key waits no longer than this for an answer. */
const RESPONSIVE_MS = 200;

async function refused(path: string, file: string): Promise<{ ms: number; task: number; text: string }> {
  await resetLongest();
  const t0 = Date.now();
  await page.locator('#csv-file').setInputFiles(path);
  const result = page.locator('#csv-result', { hasText: file });
  await result.locator('[role="alert"]').waitFor({ timeout: 30_000 });
  const ms = Date.now() - t0;
  // Long-task entries arrive just after their task: let them in before reading.
  await page.evaluate(() => new Promise((ok) => setTimeout(ok, 100)));
  return { ms, task: await longest(), text: (await result.textContent()) ?? '' };
}

describe('B11: large CSV files', () => {
  it('100,000 rows (7.9 MB): refused by the size cap before the file is read, the page responsive', async () => {
    const r = await refused(csvFile('huge.csv', 100_000), 'huge.csv');
    console.log(`B11: 100,000 rows, 7.9 MB — refused in ${r.ms} ms, longest task ${r.task.toFixed(0)} ms`);
    expect(r.text).toMatch(/huge\.csv: no program can be imported/);
    expect(r.text).toMatch(/the file is 7\.9 MB; .*MatchMail reads CSV files up to 5 MB/);
    expect(r.task).toBeLessThan(RESPONSIVE_MS);
    // Refused as a whole: nothing is stored.
    expect((await storedPrograms()) ?? []).toEqual([]);
  });

  it('100,000 short rows (1.6 MB): refused by the row cap before they are parsed, the page responsive', async () => {
    const path = csvFile('long.csv', 100_000, (i) => `P${i},,,,,`);
    const r = await refused(path, 'long.csv');
    console.log(`B11: 100,000 rows, 1.6 MB — refused in ${r.ms} ms, longest task ${r.task.toFixed(0)} ms`);
    expect(r.text).toMatch(/the file has 100,00\d rows; MatchMail imports at most 10,000 programs/);
    expect(r.task).toBeLessThan(RESPONSIVE_MS);
    expect((await storedPrograms()) ?? []).toEqual([]);
  });

  it('10,000 rows: previewed and imported within 1 s, the list shown from the change event', async () => {
    const path = csvFile('big.csv', 10_000);
    // From an empty list (a retry starts again from there).
    await h.setStorage({ programs: [] });
    await page.locator('#programs-count', { hasText: 'No programs yet.' }).waitFor();
    // The page's own clock marks what the user sees: the file chosen (the input's change event), the preview
    // shown, the Import click, and "Imported" shown. The time between seeing the preview and clicking is the
    // user's, and is left out; so is the test driver's own time to reach the button (up to 2 s on this
    // machine: Playwright waits for the page to be stable before it clicks).
    await page.evaluate(() => {
      const t: Record<string, number> = {};
      (window as unknown as { __t: typeof t }).__t = t;
      const text = (sel: string) => document.querySelector(sel)?.textContent ?? '';
      addEventListener(
        'change',
        (e) => {
          if ((e.target as Element).id === 'csv-file') t.chosen ??= performance.now();
        },
        { capture: true },
      );
      addEventListener(
        'click',
        (e) => {
          if ((e.target as Element).closest('[data-action="merge-csv"]')) t.click ??= performance.now();
        },
        { capture: true },
      );
      new MutationObserver(() => {
        if (t.chosen && /10,?000 programs ready/.test(text('#csv-result'))) t.preview ??= performance.now();
        if (!t.click) return;
        if (/Imported 10,?000 programs/.test(text('[data-status]'))) t.imported ??= performance.now();
        if (/of 10,?000 programs/.test(text('#programs-count'))) t.listed ??= performance.now();
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await resetLongest();
    const t0 = Date.now();
    await page.locator('#csv-file').setInputFiles(path);
    await page.locator('#csv-result', { hasText: /10,?000 programs ready/ }).waitFor({ timeout: 30_000 });
    const previewWall = Date.now() - t0;
    await page.evaluate(() => new Promise((ok) => setTimeout(ok, 100)));
    const previewTask = await longest();
    await resetLongest();
    const t1 = Date.now();
    await page.locator('[data-action="merge-csv"]').click();
    await page
      .locator('[data-status]', { hasText: /Imported 10,?000 programs/ })
      .waitFor({ timeout: 30_000 });
    const importWall = Date.now() - t1;
    // The list on the page shows the imported programs (from the storage change, not a read back).
    await page.locator('#programs-count', { hasText: /of 10,?000 programs/ }).waitFor({ timeout: 30_000 });
    await page.evaluate(() => new Promise((ok) => setTimeout(ok, 100)));
    const importTask = await longest();
    const t = await page.evaluate(
      () =>
        (window as unknown as { __t: Record<'chosen' | 'preview' | 'click' | 'imported' | 'listed', number> })
          .__t,
    );
    const preview = t.preview - t.chosen;
    const imported = t.imported - t.click;
    const listed = t.listed - t.click;
    console.log(
      `B11: 10,000 rows — file chosen → preview ${preview.toFixed(0)} ms (longest task ${previewTask.toFixed(0)} ms); Import click → "Imported" ${imported.toFixed(0)} ms, → listed ${listed.toFixed(0)} ms (longest task ${importTask.toFixed(0)} ms); total ${(preview + imported).toFixed(0)} ms (test driver's wall clock: ${previewWall} + ${importWall} ms)`,
    );
    const stored = await storedPrograms();
    expect(stored?.length).toBe(10_000);
    expect(stored?.[9_999]).toEqual({
      name: 'Program number 9999',
      domains: ['p9999.example'],
      programDirector: { name: 'Dr. Person 9999' },
      interviewDate: '2027-01-15',
      status: 'applied',
      city: 'City 9999',
    });
    // Checking the rows is sliced (about 12 ms a task): the preview never holds the page.
    expect(previewTask).toBeLessThan(RESPONSIVE_MS);
    // Issue 13's target: choosing a 10,000-row file to "Imported" in 1 s, the user's pause before clicking
    // Import left out. The program list is stored packed (src/records/stored-form.ts): as 10,000 objects,
    // Chrome's own storage took 1–3 s here.
    expect(preview + imported).toBeLessThanOrEqual(1_000);
    expect(listed).toBeLessThanOrEqual(1_000);
  });
});

describe('B9: a CSV saved by Excel on Windows', () => {
  it('keeps its accents (read as Windows-1252) and says how it was read', async () => {
    await page.locator('#csv-file').setInputFiles({
      name: 'latin1.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Program,City\nHôpital Général,Montréal\n', 'latin1'),
    });
    const result = page.locator('#csv-result', { hasText: 'latin1.csv' });
    await result.waitFor();
    expect(await result.textContent()).toContain('read as Windows-1252');
    await page.locator('[data-action="merge-csv"]').click();
    await page.locator('[data-status]', { hasText: 'latin1.csv' }).waitFor();
    expect(await storedPrograms()).toContainEqual({ name: 'Hôpital Général', city: 'Montréal' });
  });
});
