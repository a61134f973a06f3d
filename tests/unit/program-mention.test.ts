/**
 * Another program's name or alias counts as "another program" only where it reads as one: a proper noun in a
 * program's place. A place, a common word, a person, a longer name that only contains it, or an affiliate of
 * the recipient is not a copy-paste slip, and an error there would stop an innocent send.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer';
import { readProgramMention, sharesWords } from '../../src/analyzer/checks/program-mention';
import type { Context } from '../../src/analyzer/types';

/** Reads the first occurrence of `name` in `sentence`. */
function read(sentence: string, name: string, city?: string) {
  const at = sentence.toLowerCase().indexOf(name.toLowerCase());
  if (at < 0) throw new Error(`"${name}" is not in "${sentence}"`);
  return readProgramMention(sentence, at, at + name.length, name, city);
}

describe('reading a mention of another program', () => {
  it.each([
    ['I was so impressed by the residents at Lakeshore.', 'Lakeshore', /after a word a program takes/],
    ["Lakeshore's commitment to wellness stood out.", 'Lakeshore', /possessive/],
    [
      'I would love to train at Lakeshore General next year.',
      'Lakeshore General',
      /program word|program takes/,
    ],
    ['I know Pinecrest values teaching above all.', 'Pinecrest', /capitalised name mid-sentence/],
    ['The residents at cedar hollow were the happiest I met.', 'Cedar Hollow', /lower-case multi-word/],
    ['Cedar Hollow would be a wonderful place to grow.', 'Cedar Hollow', /multi-word program name/],
    ['I remain very interested in Summit Ridge.', 'Summit Ridge', /program takes/],
    ['I hope to join the Pinecrest family.', 'Pinecrest', /program word/],
    ['My first choice is the Snake River program.', 'Snake River', /program word/],
    ['The residents at the Sonoran Desert program were kind.', 'Sonoran Desert', /program word/],
    ['Dear Cedar Hollow Selection Committee,', 'Cedar Hollow', /program word/],
  ])('"%s" names the program %s (%s)', (sentence, name, reason) => {
    const r = read(sentence, name);
    expect(r.isProgram, r.reason).toBe(true);
    expect(r.reason).toMatch(reason);
  });

  it.each([
    ['I grew up in a small town on the lakeshore.', 'Lakeshore', /lower case|place/],
    ['We drove along Lakeshore Drive after dinner.', 'Lakeshore', /place|longer proper noun/],
    ['My favourite run is down Lakeshore Drive in the morning.', 'Lakeshore', /longer proper noun/],
    ['I spent my childhood in Summit Ridge, two hours north.', 'Summit Ridge', /place/],
    ['The Summit was the highlight of the conference.', 'Summit', /common noun/],
    ['Our hike reached the summit before noon.', 'Summit', /lower case/],
    ['Summit views are what I miss most about home.', 'Summit', /start of a sentence/],
    ['My mentor Dr. Pinecrest wrote one of my letters.', 'Pinecrest', /person/],
    ['I volunteered at North Lakeshore Free Clinic.', 'Lakeshore', /longer proper noun/],
    ['Summit Ridge is where my parents live now.', 'Summit Ridge', /city/],
    ['The Cedar Hollow Heart Institute ran the conference.', 'Cedar Hollow', /longer proper noun/],
    ['I grew up fishing the Snake River with my grandfather.', 'Snake River', /river, lake or valley/],
    ['My wife and I also love the Sonoran Desert.', 'Sonoran Desert', /river, lake or valley/],
    [
      'We are excited to explore the Sonoran Desert trails on weekends.',
      'Sonoran Desert',
      /river, lake or valley/,
    ],
  ])('"%s" does not name the program %s (%s)', (sentence, name, reason) => {
    const r = read(sentence, name, name === 'Summit Ridge' ? 'Summit Ridge' : undefined);
    expect(r.isProgram, r.reason).toBe(false);
    expect(r.reason).toMatch(reason);
  });

  it('knows when a name is made of the words of another', () => {
    expect(sharesWords('Lakeshore', ["Lakeshore Children's Pavilion"])).toBe(true);
    expect(sharesWords('Lake', ["Lakeshore Children's Pavilion"])).toBe(false);
    expect(sharesWords('Cedar Hollow', ['Cedar Hollow Heart Institute'])).toBe(true);
    expect(sharesWords('Hollow Heart', ['Cedar Hollow Heart Institute'])).toBe(true);
    expect(sharesWords('Heart Hollow', ['Cedar Hollow Heart Institute'])).toBe(false);
  });
});

describe('wrong-program-name in a whole email', () => {
  const programs = [
    {
      name: 'Fairview Lakes Medical Center',
      aliases: ['Fairview Lakes'],
      affiliates: ["Lakeshore Children's Pavilion"],
    },
    { name: 'Lakeshore General Hospital', aliases: ['Lakeshore General', 'Lakeshore'] },
    { name: 'Cedar Hollow University Hospital', aliases: ['Cedar Hollow'] },
    {
      name: 'Westbrook Children’s Hospital',
      aliases: ['Westbrook'],
      affiliates: ['Fairview Lakes Medical Center'],
    },
  ];
  const ctx: Context = { recipientProgram: 'Fairview Lakes Medical Center', programs };
  const fired = (body: string) =>
    analyze(`Dear Dr. Hart,\n\n${body}\n\nBest regards,\nJordan Rivera`, ctx)
      .findings.filter((f) => f.ruleId === 'wrong-program-name')
      .map((f) => f.excerpt);

  it('is silent on the town on the lakeshore (issue 10)', () => {
    expect(
      fired('My family lives in a town on the lakeshore, so Fairview Lakes would keep me close to them.'),
    ).toEqual([]);
  });

  it("is silent on a name that is one of the recipient's affiliates or shares its words", () => {
    expect(fired("The pediatric month at Lakeshore Children's Pavilion is a big draw.")).toEqual([]);
    // "Lakeshore" is also in the recipient's affiliate, so it may be that hospital.
    expect(fired('The cases I saw at Lakeshore were exactly what I hoped for.')).toEqual([]);
  });

  it('is silent on a program that lists the recipient as its affiliate', () => {
    expect(fired('The residents told me about the pediatric block at Westbrook.')).toEqual([]);
  });

  it('still reports another program named as a program, once', () => {
    expect(fired('I left even more excited about training at Cedar Hollow.')).toEqual(['Cedar Hollow']);
    expect(fired('Lakeshore General Hospital would be a wonderful place to train.')).toEqual([
      'Lakeshore General Hospital',
    ]);
  });
});
