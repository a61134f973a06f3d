/** The report's contract (DESIGN §4.1): all ten labels in order, scores in 0..1, offsets on sentence bounds. */

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTextModel } from '../../../src/analyzer/text-model';
import {
  DOMINANT_THRESHOLD,
  MAX_DRAFT_CHARS,
  TONE_LABELS,
  type ToneReport,
  toneReport,
} from '../../../src/tone';

const WARM_THANK_YOU = readFileSync('tests/fixtures/tone/001-warm-thank-you-anesthesia.txt', 'utf8');

function expectWellFormed(draft: string, r: ToneReport) {
  expect(r.labels.map((l) => l.label)).toEqual(TONE_LABELS);
  // A draft past MAX_DRAFT_CHARS is reported on its opening; its sentences are those of that opening.
  const bounds = new Set(
    buildTextModel(draft.slice(0, MAX_DRAFT_CHARS))
      .paragraphs.flatMap((p) => p.sentences)
      .map((s) => `${s.start}:${s.end}`),
  );
  for (const l of r.labels) {
    expect(l.score).toBeGreaterThanOrEqual(0);
    expect(l.score).toBeLessThanOrEqual(1);
    for (const s of l.sentences) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeGreaterThan(s.start);
      expect(s.end).toBeLessThanOrEqual(draft.length);
      expect(bounds.has(`${s.start}:${s.end}`), `${l.label} span ${s.start}-${s.end} is not a sentence`).toBe(
        true,
      );
    }
  }
  expect(r.dominant.length).toBeLessThanOrEqual(3);
  for (const d of r.dominant)
    expect(r.labels.find((l) => l.label === d)!.score).toBeGreaterThanOrEqual(DOMINANT_THRESHOLD);
  expect(r.suggestions.length).toBeGreaterThanOrEqual(1);
  expect(r.suggestions.length).toBeLessThanOrEqual(3);
  expect(Number.isFinite(r.readability.gradeLevel)).toBe(true);
  expect(Number.isFinite(r.readability.averageSentenceWords)).toBe(true);
}

describe('toneReport shape', () => {
  it('describes a careful warm thank-you as professional and warm, and nothing negative', () => {
    const r = toneReport(WARM_THANK_YOU, { kind: 'thank-you' });
    expectWellFormed(WARM_THANK_YOU, r);
    expect(r.dominant.slice(0, 2).sort()).toEqual(['professional', 'warm']);
    for (const l of r.labels) {
      if (!['professional', 'warm', 'confident'].includes(l.label)) expect(l.score).toBeLessThan(0.3);
    }
    expect(r.length).toEqual({ words: r.length.words, budget: 200, over: false });
    expect(r.readability.sentences).toBeGreaterThan(3);
  });

  it('points each driving sentence at the words that drive it', () => {
    const draft =
      'Dear Dr. Lee,\n\nThank you for the interview. I am so sorry to bother you. I apologize again.\n\nBest,\nAna';
    const r = toneReport(draft);
    expectWellFormed(draft, r);
    const apologetic = r.labels.find((l) => l.label === 'apologetic')!;
    expect(apologetic.sentences.map((s) => draft.slice(s.start, s.end))).toEqual([
      'I am so sorry to bother you.',
      'I apologize again.',
    ]);
    expect(r.dominant).toContain('apologetic');
  });

  it('uses UTF-16 offsets past emoji and accents', () => {
    const draft = 'Héllo 😀 Dr. Ruiz,\n\nThanks a ton!! The residents were super chill 😀😀.\n\nCheers,\nZoë';
    const r = toneReport(draft);
    expectWellFormed(draft, r);
    const casual = r.labels.find((l) => l.label === 'casual')!;
    expect(casual.sentences.some((s) => draft.slice(s.start, s.end).startsWith('The residents'))).toBe(true);
  });

  it('ignores the quoted thread and the signature', () => {
    const draft = [
      'Dear Ms. Hale,',
      '',
      'Thank you. I confirm the interview on March 3.',
      '',
      'Best regards,',
      'Jo',
      '',
      '-- ',
      'lol call me asap!!! 😂',
      '',
      'On Mon, Jan 6, 2025 at 9:00 AM Hale <h@example.org> wrote:',
      '> Reply by Friday or we give your spot away. Sorry!!',
    ].join('\n');
    const r = toneReport(draft);
    expectWellFormed(draft, r);
    for (const l of ['pushy', 'casual', 'apologetic', 'emotional'] as const) {
      expect(r.labels.find((x) => x.label === l)!.score, l).toBe(0);
    }
  });

  it('budgets by draft kind: 200 words for a thank-you, 300 otherwise', () => {
    const body = `Dear Dr. Kim,\n\n${'I enjoyed the day and learned a great deal from the residents. '.repeat(22)}\n\nBest,\nLee`;
    expect(toneReport(body, { kind: 'thank-you' }).length).toMatchObject({ budget: 200, over: true });
    expect(toneReport(body, { kind: 'update' }).length).toMatchObject({ budget: 300, over: false });
    expect(toneReport(body, { kind: 'thank-you' }).suggestions.some((s) => s.startsWith('Trim about'))).toBe(
      true,
    );
  });

  it('is deterministic', () => {
    const a = toneReport(WARM_THANK_YOU);
    for (let i = 0; i < 3; i++) expect(toneReport(WARM_THANK_YOU)).toEqual(a);
  });

  it('never throws on empty, blank, huge or odd input', () => {
    const odd = [
      '',
      '   \n\t\n  ',
      '\u0000\u0007\u001b[31m',
      '😀'.repeat(5000),
      'a.'.repeat(100_000),
      'word '.repeat(200_000),
      'I am sorry.\n'.repeat(20_000),
      '\ud800 lone surrogate \udfff',
      '> only a quote\n> nothing else',
      '-- \nonly a signature',
    ];
    for (const draft of odd) {
      const r = toneReport(draft);
      expectWellFormed(draft, r);
    }
    const empty = toneReport('');
    expect(empty.dominant).toEqual([]);
    expect(empty.length).toEqual({ words: 0, budget: 300, over: false });
    expect(empty.labels.every((l) => l.score === 0 && l.sentences.length === 0)).toBe(true);
  });

  it('keeps its contract on generated text', () => {
    const words = fc.constantFrom(
      'Dear',
      'Dr.',
      'Lee,',
      'sorry',
      'please',
      'beg',
      'thank',
      'you',
      'maybe',
      'lol',
      '😀',
      '!!',
      'I',
      'led',
      'by',
      'Friday',
      'awful',
      'dream',
      '\n',
      '\n\n',
      '>',
      '--',
      '.',
      'Best,',
      'asap',
      'heart',
      'kind',
      'of',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(words, fc.string()), { maxLength: 80 }), (parts) => {
        const draft = parts.join(' ');
        expectWellFormed(draft, toneReport(draft));
      }),
      { numRuns: 200 },
    );
  });
});
