/**
 * A pasted book is modeled only up to MAX_MODELED_CHARS (whole lines); past that the analyzer counts the
 * author's words and nothing else, so a 100,000-character draft costs about what a 20,000-character one does.
 * The length rule still counts every word the author wrote, and nothing quoted or signed.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer';
import { MAX_MATCHED_CHARS, MAX_MODELED_CHARS } from '../../src/analyzer/core';
import { authorWordCount } from '../../src/analyzer/metrics';
import { buildTextModel } from '../../src/analyzer/text-model';

const PARAGRAPH =
  'During my sub-internship I followed a panel of twelve patients and presented each morning on rounds.';
/** Paragraphs of 100 characters and 17 words, separated by blank lines, to about `chars` characters. */
const book = (chars: number) =>
  Array.from({ length: Math.ceil(chars / (PARAGRAPH.length + 2)) }, () => PARAGRAPH).join('\n\n');

describe('a draft longer than the model', () => {
  it('is modeled up to a line break before the limit, and the rest is counted', () => {
    const text = `Dear Dr. Marsh,\n\n${book(60_000)}\n\nBest,\nMaya`;
    const whole = buildTextModel(text);
    const capped = buildTextModel(text, { maxChars: MAX_MODELED_CHARS });
    expect(capped.rest?.start).toBeLessThanOrEqual(MAX_MODELED_CHARS);
    expect(text[capped.rest?.start ?? 0]).toBe('\n');
    expect(capped.paragraphs.at(-1)?.end).toBeLessThanOrEqual(capped.rest?.start ?? 0);
    // The modeled paragraphs are the whole model's, as far as they go.
    expect(capped.paragraphs).toEqual(whole.paragraphs.slice(0, capped.paragraphs.length));
    // Every word of the body counts: the sign-off's words are not the author's text in either model.
    expect(authorWordCount(capped)).toBe(authorWordCount(whole));
  });

  it('counts no words past a quote header or a signature', () => {
    const author = book(30_000);
    const quoted = `${author}\n\nOn Tue, Nov 12, 2026, Evelyn Marsh <em@x.example> wrote:\n> ${book(20_000)}`;
    const signed = `${author}\n-- \nMaya Okafor\n${book(20_000)}`;
    for (const text of [quoted, signed]) {
      const capped = buildTextModel(text, { maxChars: MAX_MODELED_CHARS });
      const rest = capped.rest;
      expect(rest).toBeDefined();
      expect(rest?.end).toBe(author.length);
      expect(authorWordCount(capped)).toBe(authorWordCount(buildTextModel(author)));
    }
  });

  it('leaves quoted lines out of the count, and a draft within the limit whole', () => {
    const text = `${book(25_000)}\n> ${PARAGRAPH}\n> ${PARAGRAPH}\n${PARAGRAPH}`;
    const capped = buildTextModel(text, { maxChars: MAX_MODELED_CHARS });
    expect(authorWordCount(capped)).toBe(authorWordCount(buildTextModel(text)));
    const short = book(MAX_MODELED_CHARS - 10);
    expect(buildTextModel(short, { maxChars: MAX_MODELED_CHARS })).toEqual(buildTextModel(short));
  });

  it('is still reported too long with its real word count, marked to its last word', () => {
    const body = book(60_000);
    const text = `Dear Dr. Marsh,\n\n${body}\n\nBest,\nMaya`;
    const report = analyze(text);
    const tooLong = report.findings.find((f) => f.ruleId === 'too-long');
    const words = authorWordCount(buildTextModel(text));
    expect(tooLong?.message).toContain(`about ${words} words`);
    expect(tooLong?.end).toBe(text.indexOf('\n\nBest,'));
    // Text rules read the opening only, and the report says where they stopped.
    expect(report.truncatedAt).toBeLessThanOrEqual(MAX_MATCHED_CHARS);
    expect(report.findings.every((f) => f.ruleId === 'too-long' || f.end <= MAX_MODELED_CHARS)).toBe(true);
  });
});
