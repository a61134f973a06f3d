import { describe, expect, it, test } from 'vitest';
import { DRAFT_KINDS } from '../../../src/analyzer/types';
import {
  FIELDS,
  fieldsFor,
  getTemplate,
  mergeValues,
  renderTemplate,
  TEMPLATE_IDS,
  TEMPLATES,
  templateValues,
} from '../../../src/templates';
import { EMAIL_VALUES, LANTERN_BAY, PROFILE } from './fixtures';

const PHASES = ['applications', 'interviews', 'ranking', 'after-rank-deadline', 'match-week', 'after-match'];

/** Everything filled, optional parts included: the longest each template can get with realistic values. */
function longest(id: string) {
  const values = mergeValues(
    templateValues({ profile: PROFILE, program: LANTERN_BAY, threadSubject: 'Interview follow-up' }),
    EMAIL_VALUES,
  );
  const r = renderTemplate(id, values);
  if (!r.ok) throw new Error(`${id}: missing ${r.missing.join(', ')}`);
  return r;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

describe('the library', () => {
  test('holds at least 12 templates with unique ids', () => {
    expect(TEMPLATES.length).toBeGreaterThanOrEqual(12);
    expect(new Set(TEMPLATE_IDS).size).toBe(TEMPLATES.length);
  });

  test('covers every email the issue asks for', () => {
    expect(TEMPLATE_IDS).toEqual(
      expect.arrayContaining([
        'pre-interview-interest',
        'interest-with-score',
        'thank-you-program-director',
        'thank-you-faculty-interviewer',
        'thank-you-chief-resident',
        'post-interview-update',
        'letter-of-interest',
        'letter-of-intent',
        'reply-warm-message',
        'reply-high-on-list',
        'reply-rank-question',
        'reply-other-programs-question',
        'decline-interview',
        'withdraw-application',
        'logistics-question',
      ]),
    );
  });

  test.each(TEMPLATES.map((t) => [t.id, t] as const))('%s is well formed', (_id, t) => {
    expect(DRAFT_KINDS).toContain(t.kind);
    expect(t.stages.length).toBeGreaterThan(0);
    for (const s of t.stages) expect(PHASES).toContain(s);
    for (const f of [...t.fields.required, ...t.fields.optional]) expect(Object.keys(FIELDS)).toContain(f);
    // Every email identifies the applicant by name and AAMC ID.
    expect(t.fields.required).toEqual(expect.arrayContaining(['profile.name', 'profile.aamcId']));
  });

  test.each(TEMPLATE_IDS)('%s is short: 150 words for a thank-you, 250 for anything else', (id) => {
    const limit = getTemplate(id)!.kind === 'thank-you' ? 150 : 250;
    expect(words(longest(id).body)).toBeLessThanOrEqual(limit);
  });

  test.each(TEMPLATE_IDS)('%s signs off with the name and the AAMC ID', (id) => {
    const lines = longest(id).body.split('\n');
    expect(lines.slice(-4)).toEqual([
      'Sincerely,',
      'Maya Ortiz',
      'St. Brigid School of Medicine',
      'AAMC ID 14285739',
    ]);
  });

  test.each(TEMPLATE_IDS)('%s names something specific the applicant liked, or the question asked', (id) => {
    const t = getTemplate(id)!;
    const specific = ['program.liked', 'logistics.question', 'invitation.date'];
    if (id === 'decline-interview' || id === 'withdraw-application') return; // nothing to praise when leaving
    expect([...t.fields.required, ...t.fields.optional].some((f) => specific.includes(f))).toBe(true);
  });

  test('a subject never starts or ends with a dash, whatever is missing', () => {
    for (const t of TEMPLATES) {
      const subject = longest(t.id).subject;
      expect(subject).not.toMatch(/^\s*[–-]|[–-]\s*$/);
    }
  });

  test('the letter of intent states an intention and asks for nothing', () => {
    const { body } = longest('letter-of-intent');
    expect(body).toContain(
      'I intend to rank Lantern Bay University Medical Center first on my rank order list.',
    );
    expect(body).not.toMatch(/\?|promise|guarantee|commit/i);
  });
});

describe('fieldsFor', () => {
  test('returns required and optional fields, as a copy', () => {
    const f = fieldsFor('thank-you-program-director');
    expect(f).toEqual({
      required: [
        'program.name',
        'profile.name',
        'profile.aamcId',
        'program.director.lastName',
        'program.liked',
      ],
      optional: ['program.interviewDate', 'profile.school'],
    });
    f.required.push('x');
    expect(fieldsFor('thank-you-program-director').required).not.toContain('x');
  });

  test('an unknown id throws, listing the known ones', () => {
    expect(() => fieldsFor('nope')).toThrow(/unknown template "nope" \(known: pre-interview-interest, /);
    expect(() => renderTemplate('nope', {})).toThrow(RangeError);
  });
});

describe('the picker groups (TP1)', () => {
  it('every template is in exactly one stage group and has a one-line description', async () => {
    const { TEMPLATE_GROUPS, TEMPLATES } = await import('../../../src/templates');
    const grouped = TEMPLATE_GROUPS.flatMap((g) => g.ids);
    expect([...grouped].sort()).toEqual(TEMPLATES.map((t) => t.id).sort());
    for (const t of TEMPLATES) {
      expect(t.description.trim(), t.id).not.toBe('');
      expect(t.description, `${t.id}: one line`).not.toContain('\n');
      expect(t.description.split(/\s+/).length, `${t.id}: a short line`).toBeLessThanOrEqual(16);
    }
  });
});
