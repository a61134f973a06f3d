import { describe, expect, test } from 'vitest';
import {
  getTemplate,
  programQuestionIn,
  suggestTemplates,
  TEMPLATE_IDS,
  threadAfterInterview,
} from '../../../src/templates';

describe('suggestTemplates', () => {
  test('always returns every template once', () => {
    const ids = suggestTemplates({ kind: 'thank-you', phase: 'interviews' });
    expect([...ids].sort()).toEqual([...TEMPLATE_IDS].sort());
  });

  test('a reply to a program that asked how the applicant will rank goes first to the matching reply', () => {
    expect(
      suggestTemplates({
        kind: 'reply-to-program',
        phase: 'ranking',
        programAskedRank: true,
        isReply: true,
      })[0],
    ).toBe('reply-rank-question');
    // Even when the classifier read the half-written reply as something else.
    expect(
      suggestTemplates({
        kind: 'letter-of-interest',
        phase: 'ranking',
        programAskedRank: true,
        isReply: true,
      })[0],
    ).toBe('reply-rank-question');
  });

  test('a question about other programs gets its own reply first', () => {
    const ids = suggestTemplates({ phase: 'ranking', programAskedOtherPrograms: true, isReply: true });
    expect(ids[0]).toBe('reply-other-programs-question');
    const both = suggestTemplates({
      phase: 'ranking',
      programAskedRank: true,
      programAskedOtherPrograms: true,
      isReply: true,
    });
    expect(both.slice(0, 2)).toEqual(['reply-rank-question', 'reply-other-programs-question']);
  });

  test('the kind being written comes first: three thank-you notes for a thank-you', () => {
    const ids = suggestTemplates({ kind: 'thank-you', phase: 'interviews', isReply: false });
    expect(ids.slice(0, 3).map((id) => getTemplate(id)!.kind)).toEqual([
      'thank-you',
      'thank-you',
      'thank-you',
    ]);
  });

  test('replies lead in a reply, and trail in a new email', () => {
    const reply = suggestTemplates({ kind: 'reply-to-program', phase: 'ranking', isReply: true });
    expect(getTemplate(reply[0]!)!.kind).toBe('reply-to-program');
    const fresh = suggestTemplates({ kind: 'other', phase: 'ranking', isReply: false });
    expect(getTemplate(fresh[0]!)!.kind).not.toBe('reply-to-program');
  });

  test('templates outside the current stage go last: after Match Day only the practical question fits', () => {
    const ids = suggestTemplates({ kind: 'other', phase: 'after-match' });
    expect(ids[0]).toBe('logistics-question');
    const loi = suggestTemplates({ kind: 'letter-of-intent', phase: 'applications' });
    expect(loi.indexOf('letter-of-intent')).toBeGreaterThan(loi.indexOf('pre-interview-interest'));
  });

  test('after the interview "Declining an interview invitation" is never suggested: a reply to a post-interview message, a thank-you, a letter', () => {
    const thread =
      'Thank you for interviewing with the Northlake Health Department of Anesthesiology on January 14.';
    expect(threadAfterInterview(thread)).toBe(true);
    const reply = suggestTemplates({
      kind: 'reply-to-program',
      phase: 'interviews',
      isReply: true,
      afterInterview: threadAfterInterview(thread),
    });
    expect(reply.slice(0, 3)).not.toContain('decline-interview');
    expect(reply.at(-1)).toBe('decline-interview');
    for (const kind of ['thank-you', 'letter-of-interest', 'letter-of-intent'] as const) {
      const ids = suggestTemplates({ kind, phase: 'interviews', isReply: true });
      expect(ids.slice(0, 3), kind).not.toContain('decline-interview');
    }
    // Before the interview, an invitation can still be declined: the template is offered.
    expect(threadAfterInterview('We are pleased to invite you to interview on December 4.')).toBe(false);
    const invited = suggestTemplates({ kind: 'reply-to-program', phase: 'interviews', isReply: true });
    expect(invited.slice(0, 3)).toContain('decline-interview');
  });

  test('with nothing known, the library order (the season order) is kept', () => {
    expect(suggestTemplates({})).toEqual([...TEMPLATE_IDS]);
  });
});

describe('programQuestionIn', () => {
  test.each([
    'Will you be ranking our program first?',
    'Where are we on your rank list?',
    '> Are we your top choice?',
    'Could you let us know how you plan to rank us.',
    'How highly will you rank us?',
  ])('%j asks about rank', (thread) => {
    expect(programQuestionIn(thread)).toEqual({ asksRank: true, asksOtherPrograms: false });
  });

  test.each([
    'Where else did you interview?',
    'Which other programs are you considering?',
    'Please let us know what other programs you applied to.',
  ])('%j asks about other programs', (thread) => {
    expect(programQuestionIn(thread).asksOtherPrograms).toBe(true);
  });

  test.each([
    'We will rank you highly.',
    'You are high on our list.',
    'Do you have any questions about ranking?',
    'Will you need parking on interview day?',
    'What drew you to our program?',
    'Our residents come from many other programs and backgrounds.',
  ])('%j asks neither', (thread) => {
    expect(programQuestionIn(thread)).toEqual({ asksRank: false, asksOtherPrograms: false });
  });
});
