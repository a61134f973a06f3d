import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/analyzer/types';
import { fixFor } from '../../../src/content/apply-fix';

/** A finding over the first occurrence of `words` in `text`. */
function at(ruleId: string, text: string, words: string): Finding {
  const start = text.indexOf(words);
  return {
    ruleId,
    severity: 'error',
    message: '',
    why: '',
    source: { title: '', url: 'https://example.org/' },
    line: 1,
    column: start + 1,
    start,
    end: start + words.length,
    excerpt: words,
    target: 'draft',
  };
}

const apply = (text: string, fix: { start: number; end: number; text: string } | null) =>
  fix ? text.slice(0, fix.start) + fix.text + text.slice(fix.end) : null;

describe('one-click rewrites (P3)', () => {
  it('"!!" becomes "!", and shouted words plain capitals', () => {
    const t = 'Thank you so much!! It was AMAZING to meet the team.';
    expect(apply(t, fixFor(at('excessive-exclamation', t, '!!'), t, undefined))).toBe(
      'Thank you so much! It was AMAZING to meet the team.',
    );
    expect(apply(t, fixFor(at('all-caps', t, 'AMAZING'), t, undefined))).toBe(
      'Thank you so much!! It was amazing to meet the team.',
    );
  });

  it('a placeholder for the program or the writer is filled with what the records know, and only then', () => {
    const t = 'I am excited about [Program Name].\nSincerely,\n[Your Name]';
    const known = { program: 'Northlake Health Anesthesiology', name: 'Maya Okafor' };
    const program = fixFor(at('unfilled-placeholder', t, '[Program Name]'), t, undefined, known);
    expect(apply(t, program)).toBe(
      'I am excited about Northlake Health Anesthesiology.\nSincerely,\n[Your Name]',
    );
    const name = fixFor(at('unfilled-placeholder', t, '[Your Name]'), t, undefined, known);
    expect(apply(t, name)).toBe('I am excited about [Program Name].\nSincerely,\nMaya Okafor');
    // Unknown program, or a placeholder whose value only the writer knows: no fix, never a guess.
    expect(fixFor(at('unfilled-placeholder', t, '[Program Name]'), t, undefined, {})).toBeNull();
    const d = 'We met on [date].';
    expect(fixFor(at('unfilled-placeholder', d, '[date]'), d, undefined, known)).toBeNull();
  });

  it('a Match-policy error is replaced by its own "try instead" sentence, the whole sentence only', () => {
    const t = 'Dear Dr. Marsh,\nCould you tell me where I stand on your rank list? Thank you.';
    const fix = fixFor(at('ask-rank-position', t, 'where I stand'), t, {
      title: 'Asks how the program will rank you',
      summary: '',
      tryInstead: 'I remain very interested in your program.',
      category: 'match-policy',
    });
    expect(apply(t, fix)).toBe('Dear Dr. Marsh,\nI remain very interested in your program. Thank you.');
  });
});
