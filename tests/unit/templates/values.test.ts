import { describe, expect, test } from 'vitest';
import {
  lastNameOf,
  mergeValues,
  specialtyInSentence,
  spokenDate,
  templateValues,
} from '../../../src/templates';

describe('templateValues', () => {
  test('from stored records (director as {name, title})', () => {
    const values = templateValues({
      profile: {
        name: 'Maya Ortiz',
        aamcId: '14285739',
        school: 'St. Brigid',
        scores: { step2ck: 251 },
        regionalTies: ' family nearby ',
      },
      program: {
        name: 'Lantern Bay University Medical Center',
        programDirector: { name: 'Dr. Marguerite Okafor, MD', title: 'Program Director' },
        coordinator: { name: 'Dana Whitfield' },
        specialty: 'Anesthesiology',
        liked: 'the acute pain service',
        interviewDate: '2026-11-12',
      },
      threadSubject: 'RE: Re: Interview follow-up',
    });
    expect(values).toEqual({
      'profile.name': 'Maya Ortiz',
      'profile.aamcId': '14285739',
      'profile.school': 'St. Brigid',
      'profile.regionalTies': 'family nearby',
      'score.exam': 'USMLE Step 2 CK',
      'score.value': '251',
      'program.name': 'Lantern Bay University Medical Center',
      'program.specialty': 'anesthesiology',
      'program.liked': 'the acute pain service',
      'program.interviewDate': 'November 12',
      'program.director.name': 'Dr. Marguerite Okafor, MD',
      'program.director.lastName': 'Okafor',
      'sender.lastName': 'Okafor',
      'sender.greeting': 'Dr. Okafor',
      'program.coordinator.name': 'Dana Whitfield',
      'thread.subject': 'Interview follow-up',
    });
  });

  test('from a CLI context (director as plain text, COMLEX score, specialty from the profile)', () => {
    const values = templateValues({
      profile: { specialty: 'anesthesiology', scores: { comlexLevel2ce: 640 } },
      program: { name: 'Thistlewood', programDirector: 'Rafael Quintero' },
    });
    expect(values).toMatchObject({
      'program.director.lastName': 'Quintero',
      'program.specialty': 'anesthesiology',
      'score.exam': 'COMLEX Level 2-CE',
      'score.value': '640',
    });
  });

  test('hand-written JSON of the wrong shape gives no values instead of throwing', () => {
    expect(templateValues({ profile: 'Maya', program: [1, 2] })).toEqual({});
    expect(
      templateValues({
        profile: { name: 42, scores: 'high' },
        program: { programDirector: { title: 'PD' } },
      }),
    ).toEqual({});
  });
});

describe('helpers', () => {
  test.each([
    ['Marguerite Okafor', 'Okafor'],
    ['Dr. Marguerite Okafor', 'Okafor'],
    ['Marguerite Okafor, MD, FASA', 'Okafor'],
    ['Marguerite Okafor MD', 'Okafor'],
    ['Minh Do', 'Do'],
    ['Maria de la Cruz', 'de la Cruz'],
    ['Ludwig van Beethoven', 'van Beethoven'],
    ['Okafor', 'Okafor'],
  ])('lastNameOf(%j) is %j', (full, last) => {
    expect(lastNameOf(full)).toBe(last);
  });

  test('dates are written the way a letter says them', () => {
    expect(spokenDate('2026-11-02')).toBe('November 2');
    expect(spokenDate('early November')).toBe('early November');
  });

  test('a specialty is lower-case mid-sentence, acronyms stay', () => {
    expect(specialtyInSentence('Internal Medicine')).toBe('internal medicine');
    expect(specialtyInSentence('OB/GYN')).toBe('OB/GYN');
  });

  test('mergeValues: later layers win, blanks never hide a value', () => {
    expect(mergeValues({ a: '1', b: '2' }, { a: '3', b: ' ' }, { c: undefined })).toEqual({ a: '3', b: '2' });
  });
});
