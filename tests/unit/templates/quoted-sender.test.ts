import { describe, expect, test } from 'vitest';
import { renderTemplate, templateValues } from '../../../src/templates';
import { greetingFor, quotedSender } from '../../../src/templates/quoted-sender';

/** The program message of tests/fixtures/gmail/reply-inline.html, as the Gmail adapter reads the quote. */
const FROM_COORDINATOR = `On Mon, Jan 20, 2025 at 9:14 AM Northlake Anesthesiology Residency <anesthesia.residency@northlake-health.example> wrote:
Dear Dr. Okafor,

Thank you for interviewing with the Northlake Health Department of Anesthesiology on January 14. Our faculty enjoyed meeting you.

As we prepare our rank list, where will you rank us? Please let us know if Northlake is your first choice so we can plan accordingly.

Warm regards,
Rosa Alvarez
Residency Program Coordinator`;

const NORTHLAKE = {
  name: 'Northlake Health Anesthesiology',
  programDirector: { name: 'Evelyn Marsh', title: 'Program Director' },
  coordinator: { name: 'Rosa Alvarez' },
  liked: 'the regional anesthesia curriculum',
};
const PROFILE = { name: 'Maya Okafor', aamcId: '14820573' };

describe('the reply to a rank question greets whoever wrote the quoted message', () => {
  test('a coordinator\'s message: "Dear Rosa Alvarez,", not the program director', () => {
    const values = templateValues({ profile: PROFILE, program: NORTHLAKE, thread: FROM_COORDINATOR });
    const r = renderTemplate('reply-rank-question', values);
    if (!r.ok) throw new Error(`missing ${r.missing.join(', ')}`);
    expect(r.body.split('\n')[0]).toBe('Dear Rosa Alvarez,');
    expect(r.body).not.toContain('Dr. Marsh');
  });

  test('the same message with no records about the program: still the coordinator, by the title under her name', () => {
    expect(quotedSender(FROM_COORDINATOR)).toEqual({ name: 'Rosa Alvarez', physician: false });
  });

  test('a message signed by the director (or any physician) greets "Dr. …"', () => {
    const signed = (name: string, role = '') =>
      quotedSender(`Dear Maya,\n\nWhere will you rank us?\n\nBest regards,\n${name}\n${role}`, {
        director: 'Evelyn Marsh',
      });
    expect(greetingFor(signed('Evelyn Marsh')!)).toBe('Dr. Marsh');
    expect(greetingFor(signed('Jordan Pike', 'Program Director')!)).toBe('Dr. Pike');
    expect(greetingFor(signed('Dr. Ana de la Cruz')!)).toBe('Dr. de la Cruz');
    expect(greetingFor(signed('Sam Lee, MD', 'Associate Program Director')!)).toBe('Dr. Lee');
    expect(greetingFor(signed('Kim Park', "Program Director's Assistant")!)).toBe('Kim Park');
  });

  test('no sign-off: the attribution names the writer; a mailbox name names nobody', () => {
    expect(
      quotedSender(
        'On Tue, Jan 21, 2025 at 8:00 AM Rosa Alvarez <ra@northlake.example> wrote:\n> Will you rank us first?',
      ),
    ).toEqual({ name: 'Rosa Alvarez', physician: false });
    expect(
      quotedSender('From: Evelyn Marsh <em@northlake.example>\nWill you rank us first?', {
        director: 'Evelyn Marsh',
      }),
    ).toEqual({ name: 'Evelyn Marsh', physician: true });
    expect(
      quotedSender(
        'On Mon, Jan 20, 2025 at 9:14 AM Northlake Anesthesiology Residency <a@northlake.example> wrote:\nWill you rank us first?',
      ),
    ).toBeNull();
  });

  test('nothing known about the writer: the director, as before; nothing known at all: the form asks', () => {
    const values = templateValues({
      profile: PROFILE,
      program: NORTHLAKE,
      thread: 'Will you rank us first?',
    });
    expect(values['sender.greeting']).toBe('Dr. Marsh');
    const bare = renderTemplate(
      'reply-rank-question',
      templateValues({ profile: PROFILE, program: { name: 'X', liked: 'y' } }),
    );
    expect(bare).toEqual({ ok: false, missing: ['sender.greeting'] });
    // The older field still works (CLI --set sender.lastName=Okafor).
    const older = renderTemplate('reply-rank-question', {
      ...templateValues({ profile: PROFILE, program: { name: 'X', liked: 'y' } }),
      'sender.lastName': 'Okafor',
    });
    expect(older.ok && older.body.split('\n')[0]).toBe('Dear Dr. Okafor,');
  });
});
