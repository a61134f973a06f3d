/**
 * Issue 7 §1 for the tone check: `toneReport()` never throws on hostile drafts, lists all ten labels with
 * scores in 0..1, and every sentence it points at lies inside the draft. Fewer runs than analyze() (it is
 * slower); 100,000-character drafts run in a worker stopped after 5 s, as in analyze-generated.test.ts.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toneReport } from '../../../src/tone';
import {
  anyDraft,
  anyUnicode,
  emailFragments,
  HUGE_FAMILIES,
  HUNDRED_K,
  noWhitespace,
  quotedWall,
  rightToLeft,
  toLength,
  zeroWidthText,
} from './arbitraries';
import { Isolated } from './isolated';
import { toneProblem } from './report-invariants';

const DEADLINE_MS = 5000;
let inputs = 0;
let maxMs = 0;
let maxHugeMs = 0;
const stopped: string[] = [];

function run(draft: string): string | null {
  inputs++;
  const t0 = performance.now();
  const report = toneReport(draft);
  maxMs = Math.max(maxMs, performance.now() - t0);
  return toneProblem(draft, report);
}

const families: [string, fc.Arbitrary<string>, number][] = [
  ['any code point, lone surrogates, controls', anyUnicode(400), 400],
  ['realistic fragments + noise', emailFragments(40), 500],
  ['no whitespace', noWhitespace(600), 150],
  ['right-to-left', rightToLeft(40), 150],
  ['zero-width characters', zeroWidthText(20), 150],
  ['>-quoted walls', quotedWall(40), 150],
  ['every family', anyDraft, 500],
];

describe('toneReport() on generated drafts', () => {
  test.each(families)(
    '%s: never throws, ten labels scored 0..1, sentences inside the draft',
    (_name, arb, numRuns) => {
      fc.assert(
        fc.property(arb, (draft) => {
          const problem = run(draft);
          if (problem) throw new Error(problem);
        }),
        { numRuns },
      );
    },
    120_000,
  );

  test('a missing draft (plain JS callers) still gets a report', () => {
    const report = toneReport(undefined as unknown as string);
    expect(toneProblem('', report)).toBeNull();
  });
});

describe('toneReport() on 100,000-character drafts (in a worker, stopped after 5 s)', () => {
  let iso: Isolated;
  beforeAll(async () => {
    iso = await Isolated.create();
  }, 120_000);
  afterAll(async () => {
    await iso?.close();
  });

  async function runHuge(family: string, draft: string): Promise<string | null> {
    inputs++;
    const r = await iso.call('tone', draft, undefined, DEADLINE_MS);
    if (!r.done) {
      stopped.push(`${family}: ${JSON.stringify(draft.slice(0, 40))}`);
      return `still running after ${DEADLINE_MS} ms`;
    }
    maxHugeMs = Math.max(maxHugeMs, r.wallMs);
    return r.problem;
  }

  test.each(HUGE_FAMILIES)(
    '%s: never throws, sentences inside the draft',
    async (family, arb) => {
      await fc.assert(
        fc.asyncProperty(arb, async (draft) => {
          const problem = await runHuge(family, draft);
          if (problem) throw new Error(problem);
        }),
        { numRuns: 1, endOnFailure: true },
      );
    },
    60_000,
  );

  test('shapes found slow while writing these tests: periods before caseless words, runs of "Dr."', async () => {
    for (const seed of ['שלום. ', 'مرحبا. ', 'see fig. two. ', 'Dr. ', '🇳🇬\n']) {
      expect(await runHuge('known slow shapes', toLength(seed, HUNDRED_K)), JSON.stringify(seed)).toBeNull();
    }
  }, 60_000);
});

afterAll(() => {
  console.log(
    `toneReport(): ${inputs} inputs generated; max ${maxMs.toFixed(1)} ms under 100,000 chars, ` +
      `max ${maxHugeMs.toFixed(1)} ms at 100,000 chars${stopped.length ? `; stopped: ${stopped.join(', ')}` : ''}`,
  );
});
