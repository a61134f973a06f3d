/**
 * What the extension costs typing in Firefox (issues 11 and 12), measured as performance.e2e.test.ts does in
 * Chromium: two firefox-esr browsers started the same way (firefox-harness.ts), one with .output/firefox-mv3
 * installed and one without, used in alternation in the same run so machine load hits both alike.
 *
 * The same ~1,000 words (typing-script.ts) are typed into the Gmail compose of
 * tests/fixtures/gmail/new-compose.html: per word one insertText (document.execCommand, as puppeteer's
 * sendCharacter does, so one input event per word like Chromium's Input.insertText), then a Space keypress;
 * Enter Enter between paragraphs. Firefox has no CDP Performance.getMetrics, so besides wall time the cost
 * is the CPU time of all the browser's processes (utime + stime from /proc) over the typing. Keystroke →
 * marks updated is stamped in the page for every input event, as in Chromium.
 *
 * Figures, not pass/fail: printed in one block and written to tests/e2e/screenshots/firefox-performance.json;
 * only a gross regression (three times as slow with the extension) fails. Skipped, with the reason printed, where
 * firefox-esr or the Firefox build is missing. Takes 3–6 minutes.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type FirefoxHarness, firefoxMissing, launchFirefox } from './firefox-harness';
import * as inPage from './in-page';
import { GMAIL_BODY } from './scenario-data';
import { inputEventsOf, recordKeystrokeLatency, TARGET_WORDS, typingScript } from './typing-script';

const missing = firefoxMissing();
if (missing) console.log(`skipped: Firefox typing performance (${missing})`);

const ROUNDS = 3;
const SHOTS = join(import.meta.dirname, 'screenshots');
type Side = 'with' | 'without';
let withExt: FirefoxHarness;
let without: FirefoxHarness;

beforeAll(async () => {
  if (missing) return;
  withExt = await launchFirefox();
  without = await launchFirefox({ withExtension: false });
}, 120_000);

afterAll(async () => {
  await withExt?.close();
  await without?.close();
});

const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return Number.NaN;
  return n % 2 ? (s[(n - 1) / 2] as number) : ((s[n / 2 - 1] as number) + (s[n / 2] as number)) / 2;
};
function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] as number;
}

const TICK_MS = 10; // USER_HZ is 100 on Linux
/** CPU milliseconds used so far by a process and all its descendants (/proc/<pid>/stat utime + stime). */
function treeCpuMs(root: number): number {
  const parentOf = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name (which may contain spaces) start after its closing parenthesis.
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parentOf.set(Number(name), Number(f[1]));
      cpu.set(Number(name), (Number(f[11]) + Number(f[12])) * TICK_MS);
    } catch {
      // The process ended while we read.
    }
  }
  let total = 0;
  for (const [pid, ms] of cpu) {
    for (let p: number | undefined = pid; p; p = parentOf.get(p)) {
      if (p === root) {
        total += ms;
        break;
      }
      if (p === 1) break;
    }
  }
  return total;
}

async function typeOnce(side: Side, script: string[][]) {
  const h = side === 'with' ? withExt : without;
  const page = await h.open('gmail/new-compose.html');
  if (side === 'with')
    await page.waitForFunction(
      (sel) => Number(document.querySelector(sel)?.getAttribute('data-analyzed-at')) > 0,
      { timeout: 15_000 },
      inPage.PANEL,
    );
  // The extension's sentence weights and lazy bundle come at idle after the engine: type with them in place.
  // Both sides wait the same.
  await new Promise((ok) => setTimeout(ok, 3_500));
  // The caret at the end of the greeting line, a new line: the typing goes above the signature.
  const r = await page.evaluate(inPage.textRectIn, [GMAIL_BODY, 'Marsh,', true] as const);
  if (!r) throw new Error('"Marsh," is not in the compose');
  await page.mouse.click(r.right - 1, (r.top + r.bottom) / 2);
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  const analysedBefore =
    side === 'with'
      ? await page.evaluate(
          (sel) => Number(document.querySelector(sel)?.getAttribute('data-analyzed-at')),
          inPage.PANEL,
        )
      : 0;
  // Keystroke → marks updated, as in the Chromium test: a capture listener on document stamps t0 (on both
  // sides alike), a MutationObserver on the panel's data-analyzed-at stamps t1.
  await page.evaluate(recordKeystrokeLatency, inPage.PANEL);
  const pid = h.browser.process()?.pid;
  const cpu0 = pid ? treeCpuMs(pid) : 0;
  const t0 = performance.now();
  for (const words of script) {
    for (let i = 0; i < words.length; i++) {
      await page.evaluate((w) => document.execCommand('insertText', false, w), words[i] as string);
      if (i < words.length - 1) await page.keyboard.press(' ');
    }
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
  }
  // What the page still has to do for the last keystrokes (a frame) belongs to the typing too.
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0))));
  const wallMs = performance.now() - t0;
  const cpuMs = pid ? treeCpuMs(pid) - cpu0 : Number.NaN;
  const state = await page.evaluate(
    (sel, body) => {
      const host = document.querySelector(sel);
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered lines are needed to find "-- "
      const text = (document.querySelector(body) as HTMLElement | null)?.innerText ?? '';
      return {
        analysed: Number(host?.getAttribute('data-analyzed-at') ?? 0),
        marks: Number(host?.getAttribute('data-mark-count') ?? 0),
        words: (text.split(/\n--\s*\n/)[0] ?? '').split(/\s+/).filter(Boolean).length,
        latencies: (window as unknown as { __mmLat: number[] }).__mmLat,
      };
    },
    inPage.PANEL,
    GMAIL_BODY,
  );
  if (side === 'with')
    expect(await page.evaluate(inPage.residueInEditables), 'nodes of ours inside the editor').toBe(0);
  await page.close();
  return {
    wallMs,
    cpuMs,
    analyses: side === 'with' ? state.analysed - analysedBefore : 0,
    draftWords: state.words,
    marksAtEnd: state.marks,
    latencies: state.latencies,
  };
}

it.skipIf(!!missing)(
  'Firefox typing overhead: the same 1,000 words with and without the extension',
  async () => {
    const loads = [round(loadavg()[0] ?? 0)];
    const script = typingScript();
    const words = script.reduce((n, p) => n + p.length, 0);
    expect(words).toBeGreaterThanOrEqual(TARGET_WORDS - 5);
    const events = inputEventsOf(script);
    const runs: Record<Side, Awaited<ReturnType<typeof typeOnce>>[]> = { with: [], without: [] };
    for (let i = 0; i < ROUNDS; i++) {
      const order: Side[] = i % 2 ? ['without', 'with'] : ['with', 'without'];
      for (const side of order) runs[side].push(await typeOnce(side, script));
    }
    loads.push(round(loadavg()[0] ?? 0));
    const med = (side: Side, k: 'wallMs' | 'cpuMs') => round(median(runs[side].map((r) => r[k])));
    const w = { wallMs: med('with', 'wallMs'), cpuMs: med('with', 'cpuMs') };
    const wo = { wallMs: med('without', 'wallMs'), cpuMs: med('without', 'cpuMs') };
    const perRound = runs.with.map((r, i) =>
      round((r.wallMs / (runs.without[i]?.wallMs ?? Number.NaN) - 1) * 100, 1),
    );
    const early = runs.with.flatMap((r) => r.latencies.slice(0, 200));
    const late = runs.with.flatMap((r) => r.latencies.slice(-200));
    const latency = {
      first200EventsP50Ms: round(percentile(early, 50)),
      first200EventsP95Ms: round(percentile(early, 95)),
      last200EventsP50Ms: round(percentile(late, 50)),
      last200EventsP95Ms: round(percentile(late, 95)),
      samples: early.length + late.length,
    };
    const slowerPercent = round((w.wallMs / wo.wallMs - 1) * 100, 1);
    const cpuPercent = round((w.cpuMs / wo.cpuMs - 1) * 100, 1);
    const version = await withExt.browser.version();
    const result = {
      browser: version,
      wordsTyped: words,
      inputEvents: events,
      draftWordsAtEnd: runs.with[0]?.draftWords,
      marksAtEnd: runs.with[0]?.marksAtEnd,
      analysesPerRun: runs.with.map((r) => r.analyses),
      withExtension: w,
      withoutExtension: wo,
      slowerPercent,
      slowerPercentPerRound: perRound,
      browserCpuPercent: cpuPercent,
      addedCpuMsPerInputEvent: round((w.cpuMs - wo.cpuMs) / events, 3),
      keystrokeToMarks: latency,
      rounds: ROUNDS,
      perRun: {
        with: runs.with.map(({ latencies: _, ...r }) => r),
        without: runs.without.map(({ latencies: _, ...r }) => r),
      },
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', loadAverage1: loads },
      method:
        'per word document.execCommand insertText + Space keypress, Enter Enter between paragraphs, back to back; ' +
        'medians of 3 alternating rounds; CPU = utime+stime of every process of the browser (/proc)',
      date: new Date().toISOString(),
    };
    writeFileSync(join(SHOTS, 'firefox-performance.json'), `${JSON.stringify(result, null, 2)}\n`);
    console.log(
      [
        '── MatchMail in Firefox: typing ───────────────────────────────────────────────────',
        `typing ${words} words (${events} input events, back to back): ${w.wallMs} ms with vs ${wo.wallMs} ms ` +
          `without → ${slowerPercent} % slower (target ≤ 5 %; per round ${perRound.join(' / ')} %); browser CPU ` +
          `${w.cpuMs} vs ${wo.cpuMs} ms (${cpuPercent} %, +${result.addedCpuMsPerInputEvent} ms per input event, ` +
          `${runs.with[0]?.analyses} analyses)`,
        `keystroke → marks updated while typing them: p50 ${latency.first200EventsP50Ms} ms / p95 ` +
          `${latency.first200EventsP95Ms} ms over the first 200 input events, p50 ${latency.last200EventsP50Ms} ms / ` +
          `p95 ${latency.last200EventsP95Ms} ms over the last 200 (draft ≈ ${runs.with[0]?.draftWords} words, ` +
          `${runs.with[0]?.marksAtEnd} marks)`,
        `machine: ${result.machine.cpus} CPUs (${result.machine.cpuModel}), Firefox ${version}, load average ${loads.join(' → ')}`,
        '──────────────────────────────────────────────────────────────────────────────────',
      ].join('\n'),
    );
    expect(runs.with[0]?.draftWords ?? 0, 'the words were typed').toBeGreaterThanOrEqual(TARGET_WORDS - 5);
    expect(runs.with[0]?.analyses ?? 0, 'the extension analysed while typing').toBeGreaterThanOrEqual(10);
    expect(runs.with[0]?.marksAtEnd ?? 0, 'marks on the draft').toBeGreaterThan(0);
    // Gross regression only: three times as slow with the extension. Firefox measured +63 % (rounds up to +92 %)
    // on a loaded 2-core machine, so Chromium's bound of 2x would be too close to pass reliably here.
    expect(w.wallMs / wo.wallMs, 'typing wall-time ratio with/without (gross regression bound)').toBeLessThan(
      3,
    );
    expect(withExt.pageErrors, 'uncaught errors in the page').toEqual([]);
  },
  900_000,
);
