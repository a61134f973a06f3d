import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MARK_MAX_CHARS, markEnd } from '../../src/overlay/mark-extent';

describe('how much of a finding the inline mark underlines', () => {
  it('underlines a short finding whole', () => {
    const text = 'Where do I stand on your rank list?';
    expect(markEnd(text, 0, text.length)).toBe(text.length);
  });

  it('underlines a long sentence from its start to the end of a word', () => {
    const text = `Intro. ${'I really enjoyed every part of the interview day and the resident dinner '.repeat(3)}`;
    const end = markEnd(text, 7, text.length);
    expect(end - 7).toBeLessThanOrEqual(MARK_MAX_CHARS);
    expect(end - 7).toBeGreaterThan(MARK_MAX_CHARS / 2);
    expect(text[end]).toBe(' ');
  });

  it('cuts a long run without spaces at the limit, never inside a surrogate pair', () => {
    const url = `https://example.org/${'a'.repeat(60)}😀${'b'.repeat(60)}`;
    const end = markEnd(url, 0, url.length);
    expect(end).toBeLessThanOrEqual(MARK_MAX_CHARS);
    expect(url.charCodeAt(end - 1) >= 0xd800 && url.charCodeAt(end - 1) <= 0xdbff).toBe(false);
  });

  it('always ends inside the finding, after its start', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.nat(400), fc.nat(400), (text, a, b) => {
        const start = Math.min(a, b, text.length);
        const end = Math.min(Math.max(a, b), text.length);
        const e = markEnd(text, start, end);
        expect(e).toBeLessThanOrEqual(end);
        expect(e === end || e > start).toBe(true);
      }),
    );
  });
});
