/**
 * The greeting is the first line's salutation, whatever follows it on that line: "Hey, I wanted to…" is read
 * as the greeting "Hey," and a body that starts at "I wanted", so the greeting check judges the greeting and
 * the body's sentences start where the message does.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer';
import { buildTextModel } from '../../src/analyzer/text-model';

function split(text: string) {
  const m = buildTextModel(text);
  const greeting = m.paragraphs.find((p) => p.role === 'greeting');
  const body = m.paragraphs.find((p) => p.role === 'body');
  return { greeting: greeting?.text, body: body?.text, bodyStart: body?.start };
}

describe('the first line of a draft', () => {
  it.each([
    ['Hey, I wanted to ask whether the program offers a research track this year.', 'Hey,', 'I wanted'],
    ['Hi, my name is Jordan Rivera and I am a fourth-year student at Pinecrest.', 'Hi,', 'my name'],
    [
      'Hi Dr. Lee, I am writing to thank you for the interview yesterday and the tour.',
      'Hi Dr. Lee,',
      'I am',
    ],
    [
      'Dear Dr. Lee and Dr. Park: thank you both for a generous and thoughtful interview day.',
      'Dear Dr. Lee and Dr. Park:',
      'thank you',
    ],
    ['Hello. My name is Jordan, and I am a fourth-year student applying this cycle.', 'Hello.', 'My name'],
    ['hey I wanted to check if the second look day is still happening next month', 'hey', 'I wanted'],
    [
      'To whom it may concern, I am writing about the status of my application.',
      'To whom it may concern,',
      'I am',
    ],
  ])('%s → greeting %j, body from %j', (text, greeting, bodyFrom) => {
    const got = split(text);
    expect(got.greeting).toBe(greeting);
    expect(got.body?.startsWith(bodyFrom)).toBe(true);
    // Offsets still point into the draft.
    expect(text.slice(got.bodyStart, got.bodyStart! + bodyFrom.length)).toBe(bodyFrom);
  });

  it.each([
    'Dear Dr. Lee. I am writing to ask, if I may, whether the second look day is open to all applicants.',
    'Highlights of my sub-internship included running the list for the regional anesthesia service, daily.',
    'Yo-yo dieting was the topic of my first research project, which I presented in Chicago last spring.',
    'I am writing to thank you, Dr. Lee, for the interview yesterday and the tour of the new OR suite.',
  ])('has no greeting when it does not open with one: %s', (text) => {
    expect(split(text).greeting).toBeUndefined();
  });

  it('marks only the casual greeting, not the message after it', () => {
    const text =
      'Hey, I wanted to ask whether the program offers a research track this year.\n\nBest,\nJordan';
    const f = analyze(text).findings.find((x) => x.ruleId === 'informal-salutation');
    expect(f?.excerpt).toBe('Hey');
    expect(f?.severity).toBe('warning');
  });

  it('keeps "Hi Dr. Lee," followed by the message as clean as "Hi Dr. Lee," on its own line', () => {
    const inline = analyze('Hi Dr. Lee, I am writing to thank you for the interview on Monday.');
    const ownLine = analyze('Hi Dr. Lee,\n\nI am writing to thank you for the interview on Monday.');
    expect(inline.findings.map((f) => f.ruleId)).not.toContain('informal-salutation');
    expect(ownLine.findings.map((f) => f.ruleId)).not.toContain('informal-salutation');
    expect(inline.kind).toBe(ownLine.kind);
  });
});
