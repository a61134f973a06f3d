// @vitest-environment happy-dom
/**
 * Issue 7 §1, offset → DOM range → text on every fixture body (Gmail, Outlook, the demo page).
 * tests/unit/providers checks the map exhaustively for fixed end points on most fixtures; this adds random
 * [start, end) pairs inside a line on every compose of every fixture (the second mole of two-composes, the
 * collapsed-quote reply and the demo page included), out-of-range offsets, the analyzer's own findings
 * mapped back to the DOM, and that none of it changes the page.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { analyze } from '../../../src/analyzer';
import { comparableText, providerFor } from '../../../src/providers';
import type { ComposeHandle } from '../../../src/providers/types';
import { loadFixture } from '../providers/load-fixture';

const FIXTURES = resolve(__dirname, '../../fixtures');
const HOSTS = { gmail: 'mail.google.com', outlook: 'outlook.office.com', demo: 'mail.google.com' } as const;

const fixtures = (Object.keys(HOSTS) as (keyof typeof HOSTS)[]).flatMap((dir) =>
  readdirSync(resolve(FIXTURES, dir))
    .filter((f) => f.endsWith('.html'))
    .map((f) => [`${dir}/${f}`, HOSTS[dir]] as const),
);

let rangesChecked = 0;
let findingsMapped = 0;
let composesSeen = 0;

function composesOf(path: string, host: string): ComposeHandle[] {
  const provider = providerFor(host);
  if (!provider) throw new Error(`no provider for ${host}`);
  return provider.findComposes(loadFixture(path));
}

function lineEnd(text: string, s: number): number {
  const nl = text.indexOf('\n', s);
  return nl === -1 ? text.length : nl;
}

describe.each(fixtures)('%s', (path, host) => {
  test('random in-line ranges read back their slice; ends map back to their offsets', () => {
    const composes = composesOf(path, host);
    if (path.includes('drift-unreadable')) {
      expect(composes).toEqual([]); // nothing readable, and nothing thrown
      return;
    }
    // Demo pages may show an inbox with no compose open; every webmail fixture has one.
    if (!path.startsWith('demo/')) expect(composes.length).toBeGreaterThan(0);
    for (const compose of composes) {
      composesSeen++;
      const { text, map } = compose.read();
      const before = compose.editable.innerHTML;
      fc.assert(
        fc.property(fc.nat({ max: text.length }), fc.nat({ max: 400 }), (s, len) => {
          const e = Math.min(lineEnd(text, s), s + len);
          const range = map.rangeFor(s, e);
          if (!range) throw new Error(`rangeFor(${s}, ${e}) is null`);
          expect(comparableText(range.toString()), `${s}-${e}`).toBe(text.slice(s, e));
          if (e > s) expect(map.offsetOf(range.endContainer, range.endOffset), `end of ${s}-${e}`).toBe(e);
          rangesChecked++;
        }),
        { numRuns: Math.min(400, 4 * text.length + 1) },
      );
      // Ranges across lines exist too (marks that span a line break); they never come back null.
      fc.assert(
        fc.property(fc.nat({ max: text.length }), fc.nat({ max: text.length }), (a, b) => {
          const [s, e] = a <= b ? [a, b] : [b, a];
          expect(map.rangeFor(s, e), `${s}-${e}`).not.toBeNull();
          rangesChecked++;
        }),
        { numRuns: 100 },
      );
      expect(compose.editable.innerHTML, 'building ranges changed the editor').toBe(before);
    }
  });

  test('offsets outside the text, or not integers, give null, never a throw or a wrong range', () => {
    for (const compose of composesOf(path, host)) {
      const { text, map } = compose.read();
      const n = text.length;
      for (const [s, e] of [
        [-1, 0],
        [0, n + 1],
        [n + 1, n + 1],
        [1, 0],
        [0.5, 1],
        [Number.NaN, 1],
        [0, Number.POSITIVE_INFINITY],
        [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
      ] as const) {
        if (s === 1 && e === 0 && n === 0) continue;
        expect(map.rangeFor(s, e), `rangeFor(${s}, ${e})`).toBeNull();
      }
    }
  });

  test("the analyzer's findings map to DOM ranges that read back their excerpt", () => {
    for (const compose of composesOf(path, host)) {
      const snapshot = compose.read();
      const report = analyze(snapshot.text, {
        subject: snapshot.subject ?? undefined,
        to: snapshot.to,
        cc: snapshot.cc,
        thread: snapshot.thread,
        isReply: snapshot.isReply,
      });
      for (const f of report.findings) {
        if (f.target !== 'draft') continue;
        const range = snapshot.map.rangeFor(f.start, f.end);
        expect(range, `${f.ruleId} ${f.start}-${f.end}`).not.toBeNull();
        const oneLine = !snapshot.text.slice(f.start, f.end).includes('\n');
        if (oneLine && f.excerpt.length < 200) {
          expect(comparableText(range!.toString()), f.ruleId).toBe(f.excerpt);
        }
        findingsMapped++;
      }
    }
  });
});

afterAll(() => {
  console.log(
    `fixture round trips: ${fixtures.length} fixtures, ${composesSeen} composes, ${rangesChecked} ranges, ${findingsMapped} findings mapped to the DOM`,
  );
});
