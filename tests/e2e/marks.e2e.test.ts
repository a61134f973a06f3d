/**
 * Inline marks stay exactly on their text (issue 11). Marks are boxes in our own overlay outside the editor
 * (src/overlay/), so after every change that moves text — typing above a mark (reflow), a narrower window,
 * page and compose scrolling, 125 % zoom (browser zoom emulated, and CSS zoom on the page), undo, the page's
 * own script changing the draft above a mark — each
 * mark's boxes must still cover exactly the words they mark: the text under them, read back by hit-testing
 * the page, is the marked phrase, and every box is within 1 px of that text's line rectangles
 * (`placedMarks` in harness.ts). A mark scrolled out of the compose's visible part is not drawn over the page.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  expectClean,
  GMAIL_BODY,
  type Harness,
  launch,
  openCompose,
  PANEL,
  placedMarks,
  textRect,
  typeNewLine,
} from './harness';

const RANK_QUESTION = 'Could you tell me where I stand on your rank list?';
/** The words ask-rank-position marks: the whole question (see scenario-data.ts). */
const RANK_EXCERPT = RANK_QUESTION;
const FILLER =
  'During my sub-internship I prepared for each case the evening before and presented a plan to my resident ' +
  'in the morning, and I learned to check the machine and to speak up early when a trend worried me.';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => h?.close());

/** Two frames: the overlay re-measures in the frame after a change. */
const frames = (page: Page) =>
  page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));

async function expectOnText(page: Page, step: string, phrase = RANK_EXCERPT) {
  await frames(page);
  const marks = await placedMarks(page);
  expect(
    marks.map((m) => m.text),
    `${step}: the marked phrase is drawn`,
  ).toContain(phrase);
  for (const m of marks)
    expect(m.offPx, `${step}: mark on "${m.text}" is off its text by`).toBeLessThanOrEqual(1);
  await expectClean(page, step);
  return marks;
}

it('marks stay exactly on their text through reflow, resize, scroll, 125 % zoom and undo', async () => {
  const page = await openCompose(h, 'gmail/new-compose.html');
  const body = page.locator(GMAIL_BODY).first();
  await typeNewLine(page, body, 'Marsh,', RANK_QUESTION);
  await expect.poll(async () => (await placedMarks(page)).map((m) => m.text)).toContain(RANK_EXCERPT);
  const first = await expectOnText(page, 'typing the question');
  expect(first.find((m) => m.text === RANK_EXCERPT)?.severity).toBe('error');

  // Reflow: a long paragraph typed above the question pushes it down by several lines.
  await typeNewLine(page, body, 'Marsh,', FILLER);
  await expectOnText(page, 'typing a paragraph above the mark');

  // Undo the paragraph (Gmail's editor undoes typing through the browser's own history).
  for (let i = 0; i < 30 && (await body.textContent())?.includes('evening before'); i++) {
    await page.keyboard.press('Control+z');
  }
  expect(await body.textContent()).not.toContain('evening before');
  await expectOnText(page, 'undo');

  // A narrower window: every line re-wraps.
  await page.setViewportSize({ width: 620, height: 700 });
  await expectOnText(page, 'resizing the window');

  // The page scrolls (a tall page under the compose).
  await page.evaluate(() => {
    const spacer = document.createElement('div');
    spacer.style.height = '2000px';
    document.body.append(spacer);
    window.scrollBy(0, 120);
  });
  await expectOnText(page, 'scrolling the page');
  await page.evaluate(() => window.scrollTo(0, 0));

  // The compose body scrolls inside its own box (as Gmail's does): the mark follows, and is not drawn when
  // scrolled out of the box.
  await body.evaluate((el) => {
    const box = el.parentElement as HTMLElement;
    box.style.maxHeight = '90px';
    box.style.overflow = 'auto';
    box.scrollTop = 0;
  });
  await expectOnText(page, 'compose body in a scrolling box');
  await body.evaluate((el) => {
    (el.parentElement as HTMLElement).scrollTop = 10_000;
  });
  await frames(page);
  const hidden = await placedMarks(page);
  expect(
    hidden.map((m) => m.text),
    'a mark scrolled out of the compose box is not drawn',
  ).not.toContain(RANK_EXCERPT);
  await body.evaluate((el, phrase) => {
    // Scroll the question's line to the top of the box.
    const box = el.parentElement as HTMLElement;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const i = (t as Text).data.indexOf(phrase);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(t, i);
      r.setEnd(t, i + phrase.length);
      box.scrollTop += r.getBoundingClientRect().top - box.getBoundingClientRect().top;
      return;
    }
  }, RANK_EXCERPT);
  await expectOnText(page, 'scrolling the compose box back');
  await body.evaluate((el) => {
    const box = el.parentElement as HTMLElement;
    box.style.maxHeight = '';
    box.style.overflow = '';
  });

  // 125 % browser zoom: fewer CSS pixels in the window at 1.25 device pixels each.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', {
    width: Math.round(1400 / 1.25),
    height: Math.round(900 / 1.25),
    deviceScaleFactor: 1.25,
    mobile: false,
  });
  await expectOnText(page, 'browser zoom 125 %');
  await cdp.send('Emulation.clearDeviceMetricsOverride');
  await cdp.detach();

  // A page that zooms itself with CSS (zoom: 1.25 on <html>): our layer is inside the zoomed page too.
  await page.evaluate(() => {
    document.documentElement.style.zoom = '1.25';
  });
  await expectOnText(page, 'CSS zoom 125 % on the page');
  await page.evaluate(() => {
    document.documentElement.style.zoom = '';
  });

  // The page's own script changes the draft above the mark, with no input event (Gmail rewrites its body
  // itself, e.g. a pasted link turned into a chip): the overlay sees the change, not only typing.
  await body.evaluate((el) => {
    const line = document.createElement('div');
    line.textContent =
      'A line the page added above, long enough to wrap onto a second line in this compose. '.repeat(2);
    el.prepend(line);
  });
  await expectOnText(page, "the page's script adding a line above the mark");
  await body.evaluate((el) => {
    const first = el.firstElementChild as HTMLElement;
    (first.firstChild as Text).data = 'Shorter now.';
  });
  await expectOnText(page, "the page's script shortening that line");

  // Still live after all that: typing a new finding marks it, exactly.
  await typeNewLine(page, body, 'rank list?', 'I will do anything to train here.');
  await expect.poll(async () => (await placedMarks(page)).length).toBeGreaterThan(1);
  await expectOnText(page, 'typing after the changes');
  expect(Number(await page.locator(PANEL).getAttribute('data-mark-count'))).toBeGreaterThan(1);
  expect(h.pageErrors, 'uncaught errors in the page').toEqual([]);
  await page.close();
});

it('typing in a paragraph above many marks moves them with it, line by line', async () => {
  // A mark above the paragraph being typed and four below it, in three paragraphs: the overlay measures the
  // first and the last below after each edit and shifts the others by the same height, and moves the ones
  // above with the editor when the compose grows (src/overlay/marks.ts, afterEdit and shiftAll); each must
  // still sit exactly on its text, whether a keystroke wrapped a line (they move) or not (they stay).
  const page = await openCompose(h, 'gmail/new-compose.html');
  const body = page.locator(GMAIL_BODY).first();
  const below = [
    RANK_QUESTION,
    'I will do anything to train here.',
    'I am so sorry, so sorry for bothering you again!!!',
    'If you rank me to match, I will rank you first.',
  ];
  await typeNewLine(page, body, 'Marsh,', below[0] as string);
  for (const line of below.slice(1)) {
    await page.keyboard.press('Enter');
    await page.keyboard.type(line);
  }
  await expect
    .poll(async () => (await placedMarks(page)).length, { timeout: 10_000 })
    .toBeGreaterThanOrEqual(5);
  const before = await expectOnText(page, 'five marks typed');
  // The compose may grow upwards as lines are added (as Gmail's does): measure from the mark above.
  const gap = async () =>
    (await textRect(body, below[1] as string)).top - (await textRect(body, RANK_QUESTION)).top;
  const gapBefore = await gap();

  // A paragraph typed between them, one keystroke at a time: it wraps onto new lines, pushing the marks below
  // it down.
  await typeNewLine(page, body, 'rank list?', `${FILLER} ${FILLER} ${FILLER}`);
  const pushed = await expectOnText(page, 'a wrapping paragraph typed between the marks');
  expect(await gap(), 'the marked text below moved down').toBeGreaterThan(gapBefore + 40);
  const texts = (marks: typeof before) => marks.map((m) => m.text);
  expect(texts(pushed), 'every mark below is still drawn').toEqual(expect.arrayContaining(texts(before)));

  // The page moves the editor down without changing its width (a bar shown above the body, as Gmail's
  // attachment bar is): every mark moves with it, above the edit and below.
  await body.evaluate((el) => {
    const bar = document.createElement('div');
    bar.style.height = '37px';
    (el.parentElement as HTMLElement).before(bar);
  });
  await expectOnText(page, 'the editor moved down by the page');

  // A word added on a line that does not wrap moves nothing; deleting the paragraph brings them back up.
  await page.keyboard.type(' Yes.');
  await expectOnText(page, 'a short word added above the marks');
  await body.evaluate((el) => {
    // Select the typed paragraph's text, as a drag over it would; the keyboard deletes it.
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      if (!(t as Text).data.startsWith('During my sub-internship I prepared')) continue;
      const r = document.createRange();
      r.selectNodeContents(t);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(r);
      return;
    }
  });
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  expect(await body.textContent()).not.toContain('evening before');
  const back = await expectOnText(page, 'the paragraph above deleted');
  expect(texts(back), 'every mark below is still drawn').toEqual(expect.arrayContaining(texts(before)));
  expect(h.pageErrors, 'uncaught errors in the page').toEqual([]);
  await page.close();
});
