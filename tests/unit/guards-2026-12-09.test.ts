/**
 * What sets CL and CM showed (recorded on the eleventh stop's final analyzer, fixed on 9 December 2026) and what
 * the sets after them showed, checked through the analyzer as a user would meet it. Each fails with its fix removed.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer';
import type { Context } from '../../src/analyzer/types';

const draft = (body: string) => `Dear Dr. Hart,\n\n${body}\n\nSincerely,\nAna Ruiz\nAAMC ID 12345678`;
const ruleIds = (body: string, context: Context = {}) =>
  analyze(draft(body), context).findings.map((f) => f.ruleId);
/** The rule's warnings and errors on the body (a suggestion may stay: it blocks nothing and only offers). */
const warningsOrErrors = (rule: string, body: string, context: Context = {}) =>
  analyze(draft(body), context).findings.filter((f) => f.ruleId === rule && f.severity !== 'suggestion');
/** A draft sent to the one program on record, of the specialty given. */
const sentTo = (name: string, alias: string, specialty: string): Context =>
  ({ programs: [{ name, aliases: [alias], specialty }], recipientProgram: name }) as Context;

describe('harmless sentences sets CL and CM showed', () => {
  it.each([
    [
      'pressure-program',
      'I am curious about the night float schedule. Thank you for your time, and there is no need for urgent answer.',
    ],
    ['negative-remarks', 'To be honest, the decision was difficult, because I had only few signals.'],
  ])('%s stays silent on: %s', (rule, body) => {
    expect(ruleIds(body)).not.toContain(rule);
  });

  it('a dig at prestige still reads as a remark about others', () => {
    expect(ruleIds("At 41, with two kids and a mortgage, I'm not shopping for prestige.")).toContain(
      'negative-remarks',
    );
  });
});

describe('a thank-you for a welcome, with the interview still on record ahead', () => {
  const programs = [
    { name: 'Fairview Lakes Medical Center', aliases: ['Fairview Lakes'], interviewDate: '2027-01-14' },
  ];
  const context = { programs, recipientProgram: programs[0]!.name, today: '2027-01-05' } as Context;

  it('thanks for the welcome on a day already past is a thank-you sent early', () => {
    const body =
      'Thank you for the warm welcome on Friday. It was a pleasure to meet you and the residents at Fairview Lakes.\n\nThank you again for your time and hospitality.';
    expect(ruleIds(body, context)).toContain('thank-you-before-interview');
  });

  it('thanks for the welcome at an open house, the interview still to come, is not', () => {
    const body =
      'Thank you for hosting the virtual open house last Tuesday evening. I appreciated it very much.\n\nI am looking forward to my interview on January 14. Thank you again for your time and for the kind welcome.';
    expect(ruleIds(body, context)).not.toContain('thank-you-before-interview');
  });
});

describe('problems sets CN and CO showed', () => {
  it.each([
    [
      'ask-rank-position',
      "I certify my list on Wednesday. I need a yes or no from you by Tuesday at noon: am I in a position to match at PTMC, and is the program prepared to commit to me the way I've committed to you?",
    ],
    ['request-commitment', 'Is the program prepared to commit to me the way I have committed to you?'],
    [
      'conditional-ranking',
      'The pairing is simple for us: if the TY committee and the anesthesiology team are able to rank us both highly, SVMC goes to the very top of our couples list.',
    ],
    [
      'conditional-ranking',
      'If Stillwater sees me as a strong fit as well, I would be happy to make it my first choice.',
    ],
    [
      'exclusive-claim',
      "I've thought hard about the programs I saw this season, and I've decided not to rank any of them except yours.",
    ],
    [
      'outside-match-deal',
      'If the hospital has any such flexibility, I would be honored to sign a contract at your earliest convenience.',
    ],
    [
      'outside-match-deal',
      'Some hospitals are able to appoint an international graduate directly, before or apart from the Match.',
    ],
    [
      'overly-emotional',
      'My family sacrificed everything for me to study medicine, and I cannot go back to them with nothing.',
    ],
    [
      'signal-details',
      'I signalled only a small number of programs and most of them are in Ohio and Kentucky.',
    ],
  ])('%s fires on: %s', (rule, body) => {
    expect(ruleIds(body, { today: '2027-02-20' })).toContain(rule);
  });

  it('a Step 3 claimed as passed while the profile says otherwise is a status claimed too early', () => {
    const body = 'Having passed USMLE Step 3 this winter, I am now eligible for H-1B sponsorship.';
    expect(ruleIds(body, { profile: { status: { step3Passed: false } } } as Context)).toContain(
      'expected-as-current',
    );
  });

  it('after the rank deadline, positions that may end up unfilled are asked about', () => {
    const body =
      'If any of your preliminary positions end up unfilled, I would be grateful to be considered.';
    expect(ruleIds(body, { today: '2027-03-08' })).toContain('post-deadline-position-inquiry');
  });

  it('a word given that amounts on a form are correct is no promise', () => {
    const body =
      'I have completed the reimbursement form. I give you my word the amounts are correct; they match the total on the hotel invoice.';
    expect(ruleIds(body)).not.toContain('binding-promise');
  });
});

describe('in Match Week, a first choice named after not matching is no letter of intent', () => {
  const body =
    'Yesterday I received the news that I did not match. I am writing to you directly because Cape Fear Coastal was my first choice and I intend to rank you first in my heart.\n\nIf your program has any position unfilled this week, please consider me.';
  it.each([
    ['2027-03-16', 'other'],
    ['2027-02-20', 'letter-of-intent'],
  ])('on %s the kind is %s', (today, kind) => {
    expect(analyze(draft(body), { today }).kind).toBe(kind);
  });
});

describe('problems sets CP and CQ showed', () => {
  it.each([
    ['expected-as-current', 'Also, I am happy to tell you that I approved USMLE Step 3 last week.'],
    [
      'disclose-other-programs',
      'At another Houston interview, the chair spent the first hour of the day on his own papers.',
    ],
    [
      'disclose-other-programs',
      "Since my interview on December 10, I have finished interviewing at Lakeshore Children's in Cleveland and at Saguaro Valley in Tucson.",
    ],
    [
      'signal-details',
      'For context, I kept my signals tight: five total, two in Western Mass, one in New Hampshire, two back home in New York.',
    ],
    ['entitlement-language', 'I think an application like mine has earned more than a waitlist spot.'],
    [
      'ask-rank-position',
      "I know you probably can't say much, but I was wondering if you could give me a rough sense of whether I'm in a good spot with the committee as lists come together.",
    ],
    [
      'exclusive-claim',
      'I certified my rank list this morning, and I wanted you to hear it from me: Upper Valley is the only program on it.',
    ],
    [
      'exclusive-claim',
      "I could not picture training anywhere else, so I didn't see the point of ranking other places.",
    ],
  ])('%s fires on: %s', (rule, body) => {
    expect(
      ruleIds(body, { today: '2027-02-20', profile: { status: { step3Passed: false } } } as Context),
    ).toContain(rule);
  });
});

describe('harmless sentences sets CP and CQ showed', () => {
  it.each([
    [
      'conditional-ranking',
      'In truth, I do not intend to list any other programme; my list will carry one name only.',
    ],
    [
      'outside-match-deal',
      'I was interested in the optional research year. Are those positions funded separately and filled outside the Match, and do residents who take one still graduate with their class?',
    ],
    [
      'disclose-other-programs',
      "After my interview on January 7, South Shore Children's is among my top programs.",
    ],
  ])('%s stays silent on: %s', (rule, body) => {
    expect(ruleIds(body)).not.toContain(rule);
  });

  it("a partner's field named again is theirs, not the applicant's", () => {
    const context = sentTo('Red River Plains University Urology', 'RRPU', 'urology');
    const body =
      'My partner, Ben Adler, is applying in anesthesiology, and we are entering the Couples Match. Could you point me to someone who can tell us about the anesthesiology residency at RRPU?';
    expect(ruleIds(body, context)).not.toContain('specialty-mismatch');
    expect(ruleIds('I have wanted a career in anesthesiology since my second year.', context)).toContain(
      'specialty-mismatch',
    );
  });
});

describe('problems sets CR and CS showed', () => {
  it.each([
    [
      'no-new-information',
      "Following up on my note from November 20. Haven't heard anything back yet, so wanted to make sure it reached you.",
    ],
    [
      'negative-remarks',
      'Last week I had interview at another program in Denver, and at the resident lunch nobody from faculty came.',
    ],
    [
      'outside-match-deal',
      "I would be ready to step into a PGY-1 position whenever one opened, without waiting for next year's Match.",
    ],
    [
      'outside-match-deal',
      'I am sure something could be arranged directly between us that works for the department.',
    ],
    [
      'entitlement-language',
      'With that record an interview is the least my application warrants, and frankly I expected one by now.',
    ],
  ])('%s fires on: %s', (rule, body) => {
    expect(ruleIds(body, { today: '2027-01-20' })).toContain(rule);
  });

  it("another specialty's residency training named as what one is prepared for is a mismatch", () => {
    const context = sentTo('Wind River University Hospital', 'Wind River', 'obstetrics and gynecology');
    const body =
      'I believe my background in prehospital care has prepared me well for the pace and breadth of emergency medicine residency training.';
    expect(ruleIds(body, context)).toContain('specialty-mismatch');
  });
});

describe('harmless sentences sets CR and CS showed', () => {
  it.each([
    [
      'presumptive-match',
      'Thank you for the kind note, and for the book recommendation. I have already put it on hold at the library.',
    ],
    [
      'conditional-ranking',
      "Does Capitol Lakes sponsor H-1B visas? If I don't hear back by then I'll assume it's J-1 only and rank accordingly.",
    ],
    [
      'no-new-information',
      "I just wanted to introduce myself, since I haven't heard back yet and I wasn't sure if my application came through.",
    ],
  ])('%s stays silent on: %s', (rule, body) => {
    expect(ruleIds(body)).not.toContain(rule);
  });
});

describe('problems sets CT and CU showed', () => {
  it.each([
    ['exclusive-claim', 'Tennessee Valley is the only programme I intend to place on my rank order list.'],
    [
      'entitlement-language',
      "Since I only signaled a handful of programs, I'd expect that to count for something when invitations go out.",
    ],
    ['entitlement-language', "I'd rather not have to chase an interview I've already earned on paper."],
    [
      'backup-plan',
      'This year I have applied to emergency medicine and also to preliminary surgery spots just in case, because I cannot go through another March with nothing.',
    ],
    [
      'superlative-flattery',
      'I consider your residency to be the finest emergency medicine programme in the whole of the American South.',
    ],
    [
      'ask-rank-position',
      'Mobile Bay is near the top of my list, and I want to make sure the feeling is mutual before I lock anything in.',
    ],
    ['ask-rank-position', 'I think I deserve to know where I am with Mobile Bay.'],
    [
      'conditional-ranking',
      "Should the programme's regard for my candidacy prove to be as warm as my regard for the programme, I should be delighted to place River Valley at the very top of it.",
    ],
    [
      'desperate-tone',
      "if you have any unfilled spots in soap pls consider me, i'd take anything, i can talk anytime.",
    ],
    [
      'signal-details',
      'I sent you one of my program signals, and it was the very first one I placed, before I had even settled on the other four.',
    ],
  ])('%s fires on: %s', (rule, body) => {
    expect(ruleIds(body, { today: '2027-01-25' })).toContain(rule);
  });

  it('a Step 3 passed "in October" is claimed as done, not as expected', () => {
    const body = 'I passed USMLE Step 3 in October. Because of this I am eligible for an H-1B visa.';
    expect(ruleIds(body, { profile: { status: { step3Passed: false } } } as Context)).toContain(
      'expected-as-current',
    );
    expect(
      ruleIds('I will sit for Step 3 and expect to have passed Step 3 in October.', {
        profile: { status: { step3Passed: false } },
      } as Context),
    ).not.toContain('expected-as-current');
  });

  it('a boast over "anyone in my class" is entitlement, not a remark about others', () => {
    const body =
      "I interviewed well, I have the strongest ultrasound portfolio of anyone in my class, and frankly I've earned more than a form letter in February.";
    expect(ruleIds(body)).not.toContain('negative-remarks');
    expect(ruleIds(body)).toContain('entitlement-language');
  });
});

describe('what sets CV and CW showed', () => {
  it.each([
    [
      'entitlement-language',
      'I have four years as a surgeon in Ukraine, so I think I have earned high place on your list.',
    ],
    [
      'superlative-flattery',
      'Your program is without any doubt the best and most excellent surgical program in the whole United States.',
    ],
  ])('%s fires on: %s', (rule, body) => {
    expect(ruleIds(body, { today: '2027-01-25' })).toContain(rule);
  });

  it.each([
    [
      'conditional-ranking',
      "To answer honestly: if Sam lands at Platte Valley too, you'll be our first pairing.",
    ],
    [
      'backup-plan',
      'I am afraid that if I do not match this year I will have to give up psychiatry and go home with nothing to show for it.',
    ],
    [
      'desperate-tone',
      'Should things not go my way on Match Day, do you expect to have any open positions this year that I might be considered for?',
    ],
  ])('%s stays silent on: %s', (rule, body) => {
    expect(warningsOrErrors(rule, body, { today: '2027-03-08' })).toEqual([]);
  });
});

describe('what set CX showed', () => {
  it.each([
    [
      'conditional-ranking',
      'If there is any way to get a sense of whether the psychiatry program sees Jun the way we see Limestone, we would happily put the Limestone Ridge pairing at the very top of our couples list.',
    ],
  ])('%s fires on: %s', (rule, body) => {
    expect(ruleIds(body, { today: '2027-01-25' })).toContain(rule);
  });

  it('ECFMG certification and Step 3 claimed in passing are claims too', () => {
    const profile = { status: { ecfmgCertified: false, step3Passed: false } };
    expect(
      ruleIds(
        'Having obtained my ECFMG certification, I am eligible to commence residency training without any delay.',
        {
          profile,
        } as Context,
      ),
    ).toContain('expected-as-current');
    expect(
      ruleIds('my case report just got accepted!! also passed step 3 last wk.', { profile } as Context),
    ).toContain('expected-as-current');
  });

  it("a career as another specialty's physician is a specialty mismatch", () => {
    const context = sentTo('Wabash Valley University', 'Wabash Valley', 'neurology');
    const body =
      'I am confident that a career as an internist will allow me to care for patients across adult medicine.';
    expect(ruleIds(body, context)).toContain('specialty-mismatch');
  });

  it.each([
    [
      'disclose-other-programs',
      'Being told up front that no one would ask about my other interviews or my list let me relax and be myself.',
    ],
    ['pressure-program', 'I know I am not supposed to reach out this week, but I cannot sit still and wait.'],
  ])('%s stays silent on: %s', (rule, body) => {
    expect(warningsOrErrors(rule, body)).toEqual([]);
  });
});

describe("what sets CZ and DA showed (the twelfth stop's final freeze)", () => {
  it.each([
    [
      'ask-rank-position',
      "I guess I'm just sort of hoping for a sense of whether I should be worried about the Match.",
    ],
    ['exclusive-claim', 'More than that: I decided to rank only Yazoo Delta.'],
    ['exclusive-claim', 'Other programs where I interviewed I will not put on my list.'],
    [
      'presumptive-match',
      'Our kids have toured their new school, and we signed a lease near St. Roch General last week.',
    ],
    [
      'no-new-information',
      'I am writing again to follow up on my email last February 10 and to ask if there are any updates regarding my application.',
    ],
  ])('%s fires on: %s', (rule, body) => {
    expect(ruleIds(body, { today: '2027-02-09' })).toContain(rule);
  });

  it.each([
    ['I would like to ask if you expect that some positions could remain without fill this year.'],
    ['If a position does open up, I would be very interested in being considered.'],
  ])('after the rank deadline a position inquiry: %s', (body) => {
    expect(ruleIds(body, { today: '2027-03-08' })).toContain('post-deadline-position-inquiry');
  });

  it('"my passion for pediatrics would allow me" to an OB/GYN program is a specialty mismatch', () => {
    const context = sentTo('Three Rivers Lutheran Health', 'Three Rivers', 'obstetrics and gynecology');
    const body =
      'I am confident that my background and my passion for pediatrics would allow me to contribute to your program.';
    expect(ruleIds(body, context)).toContain('specialty-mismatch');
  });
});

describe('what set DB showed (recorded on the final freeze; only its false error fixed)', () => {
  const context = sentTo('Schuylkill Valley University Hospital', 'Schuylkill Valley', 'internal medicine');
  it("in a couples draft another specialty's program is the partner's", () => {
    const body =
      'Eli and I are still a little stunned. We matched as a couple, me to the Schuylkill Valley primary care track and Eli to the emergency medicine program at Schuylkill Valley University Hospital.';
    expect(ruleIds(body, context)).not.toContain('specialty-mismatch');
  });
  it("…named as the program's own residency too", () => {
    const body = 'We are couples matching, and we both loved our day with your emergency medicine residency.';
    expect(ruleIds(body, context)).not.toContain('specialty-mismatch');
  });
  it("…but the applicant's own career in another field still is a mismatch", () => {
    const body = 'We are couples matching. I have wanted a career in emergency medicine since college.';
    expect(ruleIds(body, context)).toContain('specialty-mismatch');
  });
});

describe('a lease signed for a reason of its own', () => {
  it('is no presumption; a lease signed near the hospital is', () => {
    const inTown =
      'My husband accepted a position with the school district this fall, and we have already signed a lease in town.';
    expect(ruleIds(inTown)).not.toContain('presumptive-match');
    expect(ruleIds('We toured the schools, and we signed a lease near the hospital last week.')).toContain(
      'presumptive-match',
    );
  });
});

describe('what sets DD and DE showed (recorded on the twelfth stop, fixed on 7 December 2026)', () => {
  it.each([
    ['entitlement-language', 'My application is stronger than most of the residents you matched last year.'],
    [
      'entitlement-language',
      'Several programs have already invited me, and frankly I would have expected Delmarva to be among the first.',
    ],
    [
      'request-commitment',
      'I would probably turn it down if I knew there would be a place for me, so any reassurance you might be able to give me that things will work out here would honestly help me a lot in deciding.',
    ],
    ['no-new-information', 'emailed last wk but havent heard back. any update would be great'],
  ])('%s fires on: %s', (rule, body) => {
    expect(ruleIds(body)).toContain(rule);
  });

  it.each([
    [
      'disclose-other-programs',
      'I would like to humbly ask for your understanding regarding your question about the other programs that have invited me. I hope it is alright that I keep that information to myself.',
    ],
    [
      'overly-emotional',
      'I have kept a parallel application in internal medicine as a safety option. But my heart is fully in dermatology and I am hoping very much that I will not need it.',
    ],
    [
      'request-commitment',
      'Any reassurance you can give me that the visa paperwork will be ready in time would help my planning.',
    ],
    ['entitlement-language', 'I would have expected the drive to be among the first things I worried about.'],
  ])('%s gives no warning on: %s', (rule, body) => {
    expect(warningsOrErrors(rule, body)).toEqual([]);
  });

  it('a heart in a field is still emotional when the sentence is dramatic', () => {
    expect(ruleIds('My heart is fully in dermatology and not matching would destroy me.')).toContain(
      'overly-emotional',
    );
  });

  it('a promise the layer half-reads as a request is one card: the promise', () => {
    const ids = ruleIds('I guarantee that if Heartland ranks me, I will be there on July 1.');
    expect(ids).toContain('binding-promise');
    expect(ids).not.toContain('request-commitment');
  });

  it.each([
    "I'll be honest: my list is very close at the top. If I could know that the interest runs both ways, I would not hesitate to put Delmarva in the number one spot. I'd hate to rank y'all first and have it turn out to be one-sided.",
    "Gateway Riverside is at the very top of my list alongside one other program. I'd love to put Gateway first, but I want to make a smart decision.",
  ])('a first place offered, wished for or shared is a letter of interest: %s', (body) => {
    const text = `Dear Dr. Hart,\n\nSince my interview in December I have thought a lot about your program.\n\n${body}\n\nBest,\nAna Ruiz\nAAMC ID 12345678`;
    expect(analyze(text, {}).kind).toBe('letter-of-interest');
  });

  it('a first place said outright is still a letter of intent', () => {
    const text =
      'Dear Dr. Hart,\n\nSince my interview in December I have thought a lot about your program.\n\nI will rank Gateway Riverside first. My list is final.\n\nBest,\nAna Ruiz\nAAMC ID 12345678';
    expect(analyze(text, {}).kind).toBe('letter-of-intent');
  });
});

describe('what sets DF and DG showed (recorded on ab5a6dd, fixed on 7 December 2026)', () => {
  it.each([
    [
      'ask-rank-position',
      'We are starting to build our pair list, and it would help us a great deal to know whether Tar River would be able to rank both of us high enough to keep us together.',
    ],
    [
      'conditional-ranking',
      'I would like to humbly ask whether I may know if I am among the applicants your committee is planning to rank to match. Should your committee see me in that way, I would be very happy to put Chickasaw Bluff at the very top of my list as well.',
    ],
    [
      'backup-plan',
      'If IR does not work for me this year, I will probably go to diagnostic radiology and try the ESIR pathway, but this is not what I want.',
    ],
    [
      'negative-remarks',
      'That is just how it ran there; teaching was an afterthought, and everybody knew it.',
    ],
    [
      'negative-remarks',
      'On my home vascular rotation, the fellow spent the whole month teasing me, and the attendings never once let a student close.',
    ],
    [
      'desperate-tone',
      'I am applying through SOAP today, but please, if there is anything at all you can do to make sure my application is seen, I would be forever grateful.',
    ],
  ])('%s fires on: %s', (rule, body) => {
    expect(ruleIds(body)).toContain(rule);
  });

  it('a rank question asked of nobody, as worry about other programs, stays no error', () => {
    const body =
      "I have two interviews this season, both far from home, and I honestly don't know whether either program will rank me.";
    expect(analyze(draft(body), {}).findings.filter((f) => f.ruleId === 'ask-rank-position')).toEqual([]);
  });

  it.each([
    [
      'conditional-ranking',
      "Honestly, I'm not planning to list any other IR program at all. If I'm not training in Knoxville, I'd rather take the year and reapply.",
    ],
    [
      'outside-match-deal',
      'I believe that Riverbend would offer me the ideal environment to develop into a skilled and compassionate interventional radiologist.',
    ],
    [
      'backup-plan',
      'Since my interview, Jonah has also interviewed with your general surgery department, and he came home saying the same thing I did after mine.',
    ],
  ])('%s gives no warning on: %s', (rule, body) => {
    expect(warningsOrErrors(rule, body)).toEqual([]);
  });

  it('confirming the SOAP interview a program offered asks about no position', () => {
    const body =
      'Thank you for your message. Yes, I am available for the Zoom interview tomorrow at 10:00 Eastern for the open position.';
    expect(ruleIds(body, { today: '2027-03-17' })).not.toContain('post-deadline-position-inquiry');
    expect(
      ruleIds(
        'If a spot does become available for this July, I would be very grateful to be considered for it.',
        {
          today: '2027-03-09',
        },
      ),
    ).toContain('post-deadline-position-inquiry');
  });

  it('a signal spent on another program names that program', () => {
    const context = {
      programs: [
        { name: 'Saluda Highlands University', aliases: ['Saluda Highlands'] },
        { name: 'Tar River University', aliases: ['Tar River'] },
      ],
      recipientProgram: 'Saluda Highlands University',
    } as Context;
    expect(ruleIds("I didn't use one on Tar River or on my home program.", context)).toContain(
      'wrong-program-name',
    );
    expect(ruleIds('We went fishing on Tar River last summer.', context)).not.toContain('wrong-program-name');
  });

  it('a decision that stands names the specialty, once', () => {
    const context = sentTo('Chickasaw Bluff Medical Center', 'Chickasaw Bluff', 'interventional radiology');
    const found = analyze(
      draft('This is the reason I have decided that vascular surgery is the specialty for my life.'),
      context,
    ).findings.filter((f) => f.ruleId === 'specialty-mismatch');
    expect(found).toHaveLength(1);
  });
});

describe('what sets DH and DI showed (recorded on 1eb648c, fixed on 7 December 2026)', () => {
  it('whether a family should plan on staying in the city, asked of the program, is a rank question', () => {
    const body =
      'Is there anything you could share, even informally, that would tell us whether it makes sense for our family to plan on staying in Atlanta?';
    expect(ruleIds(body)).toContain('ask-rank-position');
    // …also after another sentence (a pattern anchored to the paragraph's start missed it there)
    expect(ruleIds(`We have to decide by early March whether to sell our house. ${body}`)).toContain(
      'ask-rank-position',
    );
    // …but lodging for a visit asks nothing
    expect(
      ruleIds(
        'Could you tell us whether we should plan on staying in Atlanta the night before the interview?',
      ),
    ).not.toContain('ask-rank-position');
  });

  it('"when I start in July" presumes a match in any sentence of a paragraph, not only its first', () => {
    expect(
      ruleIds('I loved the day. When I start in July, I want to join the wellness committee.'),
    ).toContain('presumptive-match');
  });

  it.each([
    [
      'backup-plan',
      'I intend to fly into Missoula on the 1st, and I have arranged a backup flight should the weather close the passes.',
    ],
    [
      'outside-match-deal',
      "Would there be a private room I could use for about twenty minutes? If it is easier, I'm happy to arrange this directly with your coordinator.",
    ],
  ])('%s gives no warning on: %s', (rule, body) => {
    expect(warningsOrErrors(rule, body)).toEqual([]);
  });

  it.each([
    ['psychiatry', 'I have always known that I want to be a family physician, caring for whole families.'],
    [
      'neurological surgery',
      'I hope to build a career in academic otolaryngology - head and neck surgery, with a focus on airway reconstruction.',
    ],
  ])('to a %s program: %s names another specialty', (specialty, body) => {
    expect(ruleIds(body, sentTo('Fairview Lakes Medical Center', 'Fairview Lakes', specialty))).toContain(
      'specialty-mismatch',
    );
  });

  it('a program ranked alone is a letter of intent', () => {
    const text =
      "Dear Dr. Hart,\n\nI wanted to let you know that I've made my decision about my rank list. Fairview Lakes is the only program I'm going to list.\n\nSincerely,\nAna Ruiz\nAAMC ID 12345678";
    expect(analyze(text, {}).kind).toBe('letter-of-intent');
  });
});

describe('what sets DJ and DK showed (recorded on the final freeze d95cfd3, fixed on 7 December 2026)', () => {
  const programs = [
    {
      name: 'Shenandoah Ridge Anesthesiology Residency',
      aliases: ['Shenandoah Ridge'],
      specialty: 'anesthesiology',
    },
    {
      name: 'Allegheny Highlands General Surgery Residency',
      aliases: ['Allegheny Highlands'],
      specialty: 'general surgery',
    },
    {
      name: 'Kanawha Valley General Surgery Residency',
      aliases: ['Kanawha Valley'],
      specialty: 'general surgery',
    },
  ];
  const ledger = [
    { program: 'Shenandoah Ridge Anesthesiology Residency', kind: 'letter-of-intent', date: '2027-01-28' },
  ];
  const to = (recipientProgram: string) => ({ programs, ledger, recipientProgram }) as Context;

  it('a first place on the supplemental list is no second letter of intent; a second first place on one list is', () => {
    const prelim =
      'I am writing to let you know that I will rank the Allegheny Highlands preliminary general surgery program first on my supplemental rank order list for the PGY-1 year.';
    expect(ruleIds(prelim, to('Allegheny Highlands General Surgery Residency'))).not.toContain(
      'duplicate-letter-of-intent',
    );
    const categorical =
      'I am writing to let you know that I will rank Kanawha Valley first on my rank order list.';
    expect(ruleIds(categorical, to('Kanawha Valley General Surgery Residency'))).toContain(
      'duplicate-letter-of-intent',
    );
  });

  it.each([
    [
      'request-commitment',
      'If, after the interview, the program felt I was a strong fit, would it be possible to let us know that the spot would be mine, so she can give notice?',
    ],
    [
      'outside-match-deal',
      "If the department ever has the flexibility to bring on a preliminary intern directly, before Match Day, I'd be very glad to sign on that way.",
    ],
    ['presumptive-match', 'I am looking forward to joining your department from July 2027.'],
    [
      'overly-emotional',
      "I cannot describe what yesterday was like. I don't know how to go home and tell my kids we aren't moving after all.",
    ],
    [
      'exclusive-claim',
      'Monongahela is the program where I want to train. I decided not to put other programs on my list.',
    ],
    [
      'conditional-ranking',
      'Mojave Health is among the top programs on it, and I would be very happy to place it in the first position if the programme is also considering me at a similar level.',
    ],
    [
      'negative-remarks',
      'At a couple of the big programs the residents looked exhausted and barely spoke during the panel.',
    ],
    ['negative-remarks', 'One program director spent most of our time looking at his phone.'],
  ])('%s fires on: %s', (rule, body) => {
    expect(ruleIds(body)).toContain(rule);
  });

  it.each([
    [
      'ask-rank-position',
      "I'm booking fall travel now and need to know where I stand with your interview list by October 2.",
    ],
    ['disclose-other-programs', 'I decided not to put other programs on my list.'],
    ['negative-remarks', 'The residents looked exhausted but genuinely happy at the end of the day.'],
  ])('%s gives no warning on: %s', (rule, body) => {
    expect(warningsOrErrors(rule, body)).toEqual([]);
  });

  it('a letter that leaves every other program off the list is a letter of intent', () => {
    const text =
      'Dear Dr. Hart,\n\nAfter my interview in January I thought a lot about programs. Fairview Lakes is the program where I want to train. I decided not to put other programs on my list.\n\nSincerely,\nAna Ruiz\nAAMC ID 12345678';
    expect(analyze(text, {}).kind).toBe('letter-of-intent');
  });
});

describe('what sets DL and DM showed (recorded on 41cdf28, fixed on 7 December 2026)', () => {
  it.each([
    [
      'ask-rank-position',
      "I've still got a few interviews on the calendar, but if you can tell me I'm ranked to match there, Allegheny Ridge goes first on my list and I cancel the rest.",
    ],
    [
      'conditional-ranking',
      "I've still got a few interviews on the calendar, but if you can tell me I'm ranked to match there, Allegheny Ridge goes first on my list and I cancel the rest.",
    ],
    [
      'conditional-ranking',
      'Should your esteemed committee see in me the same fit that I see in Maumee Bay, I would be delighted to place Maumee Bay at the very top of my rank order list.',
    ],
    [
      'exclusive-claim',
      'I have resolved to certify a rank order list that bears the name of Cuyahoga Valley alone.',
    ],
    [
      'exclusive-claim',
      'I see no reason to list any other programme when I already know where I wish to train.',
    ],
    [
      'negative-remarks',
      'A senior resident confided in me that they were afraid to ask questions at the multiheaded microscope.',
    ],
    [
      'disclose-other-programs',
      'At an interview I attended last week in another state, the residents sat silently while one consultant spoke over them.',
    ],
    ['no-new-information', 'I am just following up to know if there is any update on the same.'],
    [
      'no-new-information',
      'I am writing again regarding my earlier email dated 5th January, to which I have not received any reply till now.',
    ],
    [
      'overly-emotional',
      "Dana's mother keeps asking whether to book a flight, and every time she asks I can hardly speak.",
    ],
    ['entitlement-language', 'I think I have earned, at the very least, an interview.'],
  ])('%s fires on: %s', (rule, body) => {
    expect(ruleIds(body)).toContain(rule);
  });

  it('the program asking where it sits, by its name, is a rank question from the program', () => {
    const text =
      "Dear Dr. Varga,\n\nThank you for the note.\n\nBest,\nBrett\n\nOn Fri, Dec 4, 2026 at 5:47 PM Helen Varga <hv@example.org> wrote:\n> As you start thinking about your list, we'd love to hear where Allegheny Ridge sits for you.";
    expect(analyze(text, {}).findings.map((f) => f.ruleId)).toContain('program-asked-rank');
  });

  it.each([
    ['internal medicine', 'It would be an honor to train as a neurology resident in Maui.'],
    ['pathology', 'The elective confirms my decision to pursue diagnostic radiology.'],
  ])('to a %s program: %s names another specialty', (specialty, body) => {
    expect(ruleIds(body, sentTo('Fairview Lakes Medical Center', 'Fairview Lakes', specialty))).toContain(
      'specialty-mismatch',
    );
  });

  it('a past post in another specialty is no mismatch', () => {
    const body =
      'After training as a general surgery resident in Lagos for two years, I chose internal medicine.';
    expect(
      ruleIds(body, sentTo('Fairview Lakes Medical Center', 'Fairview Lakes', 'internal medicine')),
    ).not.toContain('specialty-mismatch');
  });
});

describe('what set DN showed (recorded on 77537d8, fixed on 7 December 2026)', () => {
  it.each([
    [
      'ask-rank-position',
      'If I know that interest is mutual and I am in the range where I will match, Chesapeake goes to first place. Can you tell me, is it mutual?',
    ],
    ['exclusive-claim', 'The truth is that I will put only one program on it.'],
    ['exclusive-claim', 'There will not be a second name after Anacostia University.'],
  ])('%s fires on: %s', (rule, body) => {
    expect(ruleIds(body)).toContain(rule);
  });

  it.each([
    'I only wanted to say that if, for any reason, a position at District Mercy were to open up for this July, I would be very grateful to be considered for it.',
    'If Rappahannock has any unfilled pediatric positions this year, I would be very grateful to be considered.',
  ])('after the rank deadline a position inquiry: %s', (body) => {
    expect(ruleIds(body, { today: '2027-03-16' })).toContain('post-deadline-position-inquiry');
  });
});

describe('what sets DP and DQ showed (recorded on f8125f8, fixed on 7 December 2026)', () => {
  const prelim = sentTo(
    'Raccoon River Medical Center Internal Medicine Residency',
    'Raccoon River',
    'internal medicine',
  );

  it('radiation oncology named to a preliminary year that calls itself one is no specialty mismatch', () => {
    const reply =
      'Regarding your question, I have applied for radiation oncology at two programs and I have interviews at both.\n\n' +
      '> This confirms your interview with the Raccoon River Internal Medicine preliminary program on Thursday.';
    expect(ruleIds(reply, prelim)).not.toContain('specialty-mismatch');
    const answer =
      'Regarding your question about the advanced programs, I have applied for radiation oncology at two of them.';
    expect(ruleIds(answer, prelim)).not.toContain('specialty-mismatch');
    // To a categorical program, with no one-year program in sight, the other specialty is still named.
    expect(
      ruleIds('I have applied for radiation oncology residency and I hope to match there.', prelim),
    ).toContain('specialty-mismatch');
  });

  it('where to spend the intern year is no backup plan; a fallback year still is', () => {
    expect(
      warningsOrErrors(
        'backup-plan',
        'I left thinking Raccoon River would be a very good place to spend an intern year.',
      ),
    ).toEqual([]);
    expect(
      ruleIds('If I do not match, I will spend a preliminary year at your hospital and reapply.'),
    ).toContain('backup-plan');
  });

  it.each([
    [
      'disclose-other-programs',
      'fyi u got one of my 3 signals, the other two went to driftless and rock river so ur in good company lol',
    ],
    [
      'presumptive-match',
      'When I start at MHSU in July 2028, I plan to join the palliative clinic at Harbor Point right away.',
    ],
    [
      'presumptive-match',
      "MHSU is one of my top choices, and I'm looking forward to the next four years with your team.",
    ],
  ])('%s fires on: %s', (rule, body) => {
    expect(ruleIds(body)).toContain(rule);
  });

  it('a signal said to go to the recipient discloses nothing', () => {
    expect(
      ruleIds('I used one of my signals on you, and the other two went to your sister programs.'),
    ).not.toContain('disclose-other-programs');
  });

  it.each(["Good day, Sir/Ma'am,", 'To whom it may concern,'])(
    'a body naming nothing of the program after "%s" is a form letter',
    (greeting) => {
      const text =
        `${greeting}\n\nI hope this message finds you well. I would like to humbly ask for your kind consideration of my application ` +
        'to your residency program. I have been interested in this field since my clerkship, and I am eager to continue ' +
        'learning in it. I would be very thankful if you could consider me for an interview.\n\nRespectfully,\nAna Ruiz';
      const found = analyze(
        text,
        sentTo('Desert Bloom Medical Center Family Medicine', 'Desert Bloom', 'family medicine'),
      );
      expect(found.findings.map((f) => f.ruleId)).toContain('generic-message');
    },
  );

  it('a first place still being decided is no letter of intent', () => {
    const body =
      'I am finalizing rank list this week and need to make decision about first place. So I ask directly. ' +
      'Can you confirm that I will have place in your program if I put SDMC first?';
    expect(analyze(draft(body), {}).kind).not.toBe('letter-of-intent');
    expect(
      analyze(draft('I have made my decision about first place: I will rank Sonoran Desert first.'), {}).kind,
    ).toBe('letter-of-intent');
  });
});

describe('what sets DR and DS showed (recorded on aac4d45, fixed on 7 December 2026)', () => {
  it('a rank question asked as the price of a first place is an error', () => {
    const body =
      'I would be thrilled to put UDMC at the very top of my list. Before I certify, I would only need some sign that ' +
      'the interest goes both ways, even an informal indication that I am someone your committee plans to rank to match.';
    const found = analyze(draft(body), {}).findings.filter((f) => f.ruleId === 'ask-rank-position');
    expect(found.map((f) => f.severity)).toContain('error');
  });

  it('a binding promise that names no ranking, after the sentence that gives the first place', () => {
    const text =
      'Respected Dr. Thibodeaux,\n\nI am writing to convey that your program will be ranked number one on my rank order list.\n\n' +
      'Kindly take this as my firm and final commitment. I have already decided, and my list will not be changed from ' +
      'this. You may consider the matter settled from my side.\n\nSincerely,\nSami Daniel';
    const errors = analyze(text, {}).findings.filter(
      (f) => f.ruleId === 'binding-promise' && f.severity === 'error',
    );
    expect(errors.map((f) => f.excerpt)).toEqual([
      'Kindly take this as my firm and final commitment.',
      'You may consider the matter settled from my side.',
    ]);
    // A commitment to a field is no promise about a list.
    expect(
      ruleIds('My commitment to rural surgery is firm, and it grew from two summers as a scrub tech.'),
    ).not.toContain('binding-promise');
  });

  it.each([
    [
      'backup-plan',
      'My board scores are not the strongest part of my file, so I am also applying to a handful of preliminary surgery spots as a fallback in case the categorical match does not work out.',
    ],
    [
      'entitlement-language',
      "I'm not asking for special treatment. I'm asking for the interview my application has earned.",
    ],
    [
      'no-new-information',
      "Following up on my emails from October 20 and November 16. I still haven't heard anything about an interview.",
    ],
    ['negative-remarks', 'To be candid, psychiatry education at my school has been pretty weak.'],
    [
      'negative-remarks',
      'The residents mostly treated students as extra hands, and I learned more from podcasts than from our attendings.',
    ],
  ])('%s fires on: %s', (rule, body) => {
    expect(ruleIds(body)).toContain(rule);
  });

  it('a backup file is still no backup plan', () => {
    expect(ruleIds('I keep a backup file of every case log on my laptop.')).not.toContain('backup-plan');
  });

  it('greeting the programme directors of many programs, naming nothing of this one, is a form letter', () => {
    const text =
      'Dear Respected Programme Directors,\n\nI write to humbly express my sincere interest in the psychiatry residency ' +
      'position at your programme. For the past two years I have worked as a medical officer in a psychiatric hospital, ' +
      'and I believe your programme will provide the ideal environment for me to grow.\n\nYours faithfully,\nAri Nasser';
    expect(
      analyze(
        text,
        sentTo('Pioneer Valley Psychiatry Residency', 'Pioneer Valley', 'psychiatry'),
      ).findings.map((f) => f.ruleId),
    ).toContain('generic-message');
  });

  it.each([
    [
      "I'm looking forward to interviewing at Berkshire Hills next Thursday, and I wanted to share a bit about why your program's structure appeals to me.",
      '2027-01-07',
    ],
    ['anyway just wanted to put my name out there, app went in thru eras last wk', '2026-10-01'],
  ])('reads as interest before an interview: %s', (body, today) => {
    expect(analyze(draft(body), { today }).kind).toBe('pre-interview-interest');
  });
});

describe('what set DU showed (recorded on ddfc5cc, fixed on 7 December 2026)', () => {
  it.each([
    [
      'request-commitment',
      "Your program's commitment to West Louisville would let me keep serving the same neighborhoods.",
    ],
    [
      'negative-remarks',
      'It is a personal decision and has nothing to do with the program, which impressed me very much in November.',
    ],
  ])('%s stays silent on: %s', (rule, body) => {
    expect(warningsOrErrors(rule, body)).toEqual([]);
  });

  it('a request for the program to commit is still one', () => {
    expect(ruleIds('Could you commit to ranking me to match, so that I can plan our move?')).toContain(
      'request-commitment',
    );
  });

  it('an interview "earned … than it appears to have gotten" is entitlement', () => {
    expect(
      ruleIds(
        "I'm well above your posted averages, and my application has earned a closer look than it appears to have gotten.",
      ),
    ).toContain('entitlement-language');
  });

  it('"I took USMLE Step 3 on December 9 and I have passed it" claims a passed Step 3', () => {
    const context = { profile: { status: { step3Passed: false } } } as Context;
    expect(
      ruleIds(
        'I took USMLE Step 3 on December 9 and I have passed it, so I will be eligible for H-1B sponsorship.',
        context,
      ),
    ).toContain('expected-as-current');
  });
});

describe('what set DT showed (recorded on ddfc5cc, fixed on 7 December 2026)', () => {
  const before = {
    programs: [
      {
        name: 'Yakima Basin Emergency Medicine Residency',
        aliases: ['Yakima Basin'],
        interviewDate: '2026-12-08',
      },
    ],
    recipientProgram: 'Yakima Basin Emergency Medicine Residency',
    today: '2026-10-02',
  } as Context;

  it('a thanks that hopes to meet the program on interview day is no thank-you for an interview', () => {
    expect(
      ruleIds(
        'Two quick questions about the rural track. Thank you for your time, and I hope to meet you on interview day.',
        before,
      ),
    ).not.toContain('thank-you-before-interview');
    // A thank-you for the interview itself, with the interview still ahead on record, still is one.
    expect(
      ruleIds('Thank you so much for interviewing me yesterday; I loved meeting your residents.', before),
    ).toContain('thank-you-before-interview');
  });

  it.each([
    [
      'signal-details',
      'fyi i used one of my signals on u guys, honestly one of only 2 i sent to the west coast lol',
    ],
    ['signal-details', 'Salish Coast was first of my gold signals in September.'],
    [
      'entitlement-language',
      "I've put in the work, and I think that earns me a spot near the top of your list.",
    ],
    [
      'negative-remarks',
      'The residents there spent more time arguing with consultants and charting than touching patients.',
    ],
    [
      'negative-remarks',
      'One night a senior resident there told a nurse to "figure it out herself" while he scrolled on his phone.',
    ],
  ])('%s fires on: %s', (rule, body) => {
    expect(ruleIds(body)).toContain(rule);
  });
});

describe('what set DV showed (recorded on c6fce0a, fixed on 7 December 2026)', () => {
  const withLetter = {
    programs: [
      {
        name: 'Kalamazoo River Physical Medicine and Rehabilitation Residency',
        aliases: ['Kalamazoo River'],
      },
      {
        name: 'Grand Traverse Regional Physical Medicine and Rehabilitation Residency',
        aliases: ['Grand Traverse'],
      },
    ],
    recipientProgram: 'Kalamazoo River Physical Medicine and Rehabilitation Residency',
    ledger: [
      {
        program: 'Grand Traverse Regional Physical Medicine and Rehabilitation Residency',
        kind: 'letter-of-intent',
        date: '2027-02-02',
      },
    ],
    today: '2027-02-12',
  } as Context;

  it('a first place offered on a condition is no second letter of intent; one given still is', () => {
    const asked =
      'It would ease my mind enormously to know, even informally, that there will be a place for me at Kalamazoo River if I put you at the top of my list.';
    expect(ruleIds(asked, withLetter)).not.toContain('duplicate-letter-of-intent');
    expect(ruleIds(asked, withLetter)).toContain('request-commitment');
    expect(ruleIds('I will rank Kalamazoo River first on my rank order list.', withLetter)).toContain(
      'duplicate-letter-of-intent',
    );
  });

  it.each([
    [
      'disclose-other-programs',
      'I will assist to the interview from my apartment, where I have a good connection.',
    ],
    ['overly-emotional', 'I drove home that night thinking about my day with you.'],
  ])('%s stays silent on: %s', (rule, body) => {
    expect(warningsOrErrors(rule, body)).toEqual([]);
  });

  it.each([
    [
      'backup-plan',
      'I have also applied to transitional year and preliminary medicine programs this time, just in case, because I cannot go another year without a position.',
    ],
    ['entitlement-language', 'Frankly, with that application I expected to hear from Red Cedar weeks ago.'],
  ])('%s fires on: %s', (rule, body) => {
    expect(ruleIds(body)).toContain(rule);
  });
});

describe('what sets DZ and EA showed (fifteenth session)', () => {
  const millbrook = 'Millbrook Memorial Hospital Transitional Year Program';
  // Both one-year programs: a letter of intent to each is two first places on the same (supplemental) list.
  const quarryHill = 'Quarry Hill University Hospital Preliminary Internal Medicine Program';
  const withLetter = {
    programs: [
      { name: millbrook, aliases: ['Millbrook Memorial'], specialty: 'transitional year' },
      { name: quarryHill, aliases: ['Quarry Hill'], specialty: 'internal medicine' },
    ],
    recipientProgram: millbrook,
    ledger: [{ program: quarryHill, kind: 'letter-of-intent', date: '2027-02-01' }],
    today: '2027-02-20',
  } as Context;

  it('a first place that was is no second letter of intent; one that will be, in other words, is', () => {
    const was =
      'Millbrook Memorial was my first choice for the transitional year, and if even one position is open, I ask you to consider me.';
    expect(ruleIds(was, withLetter)).not.toContain('duplicate-letter-of-intent');
    expect(ruleIds('Millbrook Memorial was my first choice, and it still is.', withLetter)).toContain(
      'duplicate-letter-of-intent',
    );
    expect(
      ruleIds(
        'Millbrook Memorial will occupy the first position on my rank order list when I certify it.',
        withLetter,
      ),
    ).toContain('duplicate-letter-of-intent');
  });

  it('a future specialist of another field, to a pathology program', () => {
    const pathology = sentTo(
      'Brevard Valley Medical Center Pathology Residency',
      'Brevard Valley',
      'pathology',
    );
    expect(
      ruleIds(
        'That hands-on, community-based training is exactly what I want as a future dermatologist.',
        pathology,
      ),
    ).toContain('specialty-mismatch');
    expect(
      ruleIds('That hands-on training is exactly what I want as a future pathologist.', pathology),
    ).not.toContain('specialty-mismatch');
  });

  it.each([
    [
      'signal-details',
      'Of the signals that applicants can send this year, I gave one of my very few to your program, and only two other programs in the whole country received one from me.',
    ],
    [
      'pressure-program',
      'I am available for a phone call at any time today, please reply as early as possible.',
    ],
    [
      'no-new-information',
      'I wrote to your office in September about my application, and I am writing once more to follow up about it.',
    ],
    ['overly-emotional', 'My whole future is resting on this season.'],
    [
      'superlative-flattery',
      'I am writing about Cypress Landing, which in my humble opinion is the best internal medicine program in all of Texas.',
    ],
    [
      'entitlement-language',
      'i have a 252 on CK and 3 strong letters so honestly i think i should of gotten an interview by now lol.',
    ],
  ])('%s fires on: %s', (rule, body) => {
    expect(ruleIds(body)).toContain(rule);
  });

  it.each([
    ['superlative-flattery', 'The teaching there was the best training in all of my rotations this year.'],
    ['entitlement-language', 'I should have gotten an interview invitation email, but I cannot find it.'],
  ])('%s stays silent on: %s', (rule, body) => {
    expect(ruleIds(body)).not.toContain(rule);
  });

  it('an update sent to many programs is a form letter, whatever news of the applicant it names', () => {
    const ravensworth = sentTo('Ravensworth Medical Center Pathology Residency', 'Ravensworth', 'pathology');
    const update = (greeting: string) =>
      analyze(
        `${greeting}\n\nI would like to share an update to my application. My poster on repeat bone marrow biopsy in suspected relapse has been accepted for presentation at the Tri-State Laboratory Medicine Meeting in March. This is the third presentation from my research year.\n\nKind regards,\nDana Mirza\nAAMC ID 14627093`,
        ravensworth,
      ).findings.map((f) => f.ruleId);
    expect(update('Dear Program Directors,')).toContain('generic-message');
    expect(update('Dear Dr. Pruett,')).not.toContain('generic-message');
  });
});

describe('what set EC showed (fifteenth session)', () => {
  it('what a program offers applicants besides positions is no deal outside the Match; a position still is', () => {
    const visits =
      'I would like to learn whether the program offers second look visits before the rank list deadline.';
    expect(ruleIds(visits)).not.toContain('outside-match-deal');
    expect(ruleIds('Would the program offer me a position before the rank list deadline?')).toContain(
      'outside-match-deal',
    );
  });

  it('a yes or no wanted by a day presses the program', () => {
    expect(ruleIds('A quick yes or no is all I need, ideally before Friday.')).toContain('pressure-program');
    expect(ruleIds('A quick yes or no is all I need.')).not.toContain('pressure-program');
  });
});

describe('what set EB showed (fifteenth session)', () => {
  it.each([
    [
      'entitlement-language',
      'I believe my application clearly meets the standard of the applicants you invite, so it would only be fair that it receives an interview.',
    ],
    [
      'negative-remarks',
      'I did it mostly by myself, because at my medical school the faculty did not have much interest to support students.',
    ],
    [
      'exclusive-claim',
      'My rank order list this year will be a short one. In truth, it will carry only one name.',
    ],
  ])('%s fires on: %s', (rule, body) => {
    expect(ruleIds(body)).toContain(rule);
  });

  it('old formal letter-writing is courtesy, not begging', () => {
    const formal =
      'I beg to write to you in respect of my application, following my interview of 13th November.';
    expect(ruleIds(formal)).not.toContain('desperate-tone');
    expect(ruleIds('I beg you, please give me a chance at an interview.')).toContain('desperate-tone');
  });

  it('a program question recounted and declined discloses nothing', () => {
    const declined =
      'In your message you asked where Ridgeford falls on my rank list and which other programs I am still considering.';
    expect(ruleIds(declined)).not.toContain('disclose-other-programs');
  });

  it('a conditional ranking that points back to the question before it', () => {
    const body =
      'It would mean a great deal to me to know whether the program sees me in the same way. Should that be the case, placing Tollefson at the very top of my own list would be a very easy decision for me.';
    expect(ruleIds(body)).toContain('conditional-ranking');
  });

  it('status claims as idioms are claims', () => {
    const ctx = { profile: { status: { ecfmgCertified: false, step3Passed: false } } } as Context;
    const hits = (body: string) =>
      analyze(draft(body), ctx).findings.filter((f) => f.ruleId === 'expected-as-current');
    expect(
      hits('With my ECFMG certification now in hand and Step 3 behind me, there will be no delay.').length,
    ).toBe(2);
  });
});

describe('what sets ED and EE showed (fifteenth session)', () => {
  it.each([
    [
      'conditional-ranking',
      'Were the programme to see fit to place me within its matching range, I should consider it an honour to reciprocate by placing Ashgrove at the very summit of my own list.',
    ],
    ['exclusive-claim', 'More than that, I decided not to list any other neurosurgery program.'],
    [
      'pressure-program',
      'Hence I shall be grateful if you could revert back with your decision on or before 30th September, failing which I will have to plan accordingly.',
    ],
    [
      'negative-remarks',
      'My home department is not a place where students learn much: the residents are stretched thin and the attendings rarely teach.',
    ],
    [
      'backup-plan',
      'In full transparency, my application this year follows two paths, as I also applied in a surgical field close to neurology.',
    ],
    [
      'program-asked-rank',
      'Thank you for your kind note. You asked where UGB falls on my rank list and which other programs I am still considering.',
    ],
  ])('%s fires on: %s', (rule, body) => {
    expect(ruleIds(body)).toContain(rule);
  });

  it.each([
    [
      'program-asked-rank',
      'You asked whether I could bring my updated CV to the interview, and I have attached it.',
    ],
    ['backup-plan', 'I also applied to a research program in neurology at my school last year.'],
  ])('%s stays silent on: %s', (rule, body) => {
    expect(ruleIds(body)).not.toContain(rule);
  });

  it('the chance to train in another field, to a pediatrics program', () => {
    const peds = sentTo('Juniper Springs Pediatric Residency', 'Juniper Springs Pediatrics', 'pediatrics');
    const body =
      'I especially appreciated our conversation about your rural track and the chance to train in full-spectrum family medicine, including obstetrics.';
    expect(ruleIds(body, peds)).toContain('specialty-mismatch');
    expect(
      ruleIds('I appreciated the chance to train in pediatrics, including the NICU.', peds),
    ).not.toContain('specialty-mismatch');
  });
});

describe('the false errors set EF showed (fifteenth session)', () => {
  it('"where I placed" and a count is history, not a rank question', () => {
    const body =
      'I also finished my ICU sub-internship last week, where I placed fourteen arterial lines under supervision.';
    expect(ruleIds(body)).not.toContain('ask-rank-position');
    expect(ruleIds('Could you tell me where I placed on your list?')).toContain('ask-rank-position');
  });

  it('thanks for a tour the day before the interview are no thanks for the interview', () => {
    const harlow = 'Harlow Creek Community Hospital Internal Medicine Residency';
    const ctx = {
      programs: [{ name: harlow, aliases: ['Harlow Creek'], interviewDate: '2025-11-05' }],
      recipientProgram: harlow,
      today: '2025-10-27',
    } as Context;
    const tour =
      'Thank you for arranging the optional in-person tour of Harlow Creek Community Hospital on November 4, the day before my interview. I am happy to attend.';
    expect(ruleIds(tour, ctx)).not.toContain('thank-you-before-interview');
    expect(ruleIds('Thank you for the interview and the tour yesterday.', ctx)).toContain(
      'thank-you-before-interview',
    );
  });

  it("a hometown that shares a program's name is a place", () => {
    const ctx = {
      programs: [
        { name: 'Lakeshore University Anesthesiology Residency', aliases: ['Lakeshore University'] },
        { name: 'Harlow Creek Community Hospital Internal Medicine Residency', aliases: ['Harlow Creek'] },
      ],
      recipientProgram: 'Lakeshore University Anesthesiology Residency',
    } as Context;
    const farmer =
      'The patient, a retired farmer from my hometown of Harlow Creek, Indiana, gave us permission to share his story.';
    expect(ruleIds(farmer, ctx)).not.toContain('wrong-program-name');
    expect(ruleIds('I also interviewed at Harlow Creek last week.', ctx)).toContain('wrong-program-name');
  });
});

describe('what sets EH and EI showed (sixteenth session, first contact on 3dc0dd9)', () => {
  it('a condition typed without a comma before its consequence is still a ranking deal', () => {
    const body =
      'quick q before i certify my list. if u can let me know im ranked to match at INH ill put u first for my TY, no question.';
    expect(warningsOrErrors('conditional-ranking', body).map((f) => f.severity)).toContain('error');
    // The consequence after the comma is still what the guard reads when the condition holds no ranking.
    expect(
      ruleIds('If you could tell me by Friday whether I am in range, I can make my travel plans.'),
    ).not.toContain('conditional-ranking');
  });

  it('other programs put ahead, unnamed, are other programs told', () => {
    expect(
      warningsOrErrors('disclose-other-programs', 'otherwise ill prob put the seattle programs ahead'),
    ).toHaveLength(1);
    expect(
      warningsOrErrors('disclose-other-programs', 'I will put your program ahead of nothing else.'),
    ).toHaveLength(0);
  });

  it('"more sure than before" is a comparison, not a specialty left behind', () => {
    const ctx = sentTo('Palouse University Urology Residency', 'Palouse', 'urology');
    const body =
      'After this interview day, I am more sure than before that diagnostic radiology is the right field for me.';
    expect(ruleIds(body, ctx)).toContain('specialty-mismatch');
    expect(
      ruleIds('Before I chose urology, I thought diagnostic radiology was the right field for me.', ctx),
    ).not.toContain('specialty-mismatch');
  });

  it('signals counted out, national superlatives, and preliminary medicine positions', () => {
    expect(
      ruleIds(
        'I had only a small number of signals and I gave them to just three programs in the Pacific Northwest.',
      ),
    ).toContain('signal-details');
    expect(ruleIds('Inland Northwest Health has the best transitional year in the whole country.')).toContain(
      'superlative-flattery',
    );
    expect(ruleIds('Your faculty are the most brilliant teachers I have ever met.')).toContain(
      'superlative-flattery',
    );
    expect(ruleIds('It was one of the best teaching sessions I have ever attended.')).not.toContain(
      'superlative-flattery',
    );
    const late = { today: '2027-03-09', rankOrderListDeadline: '2027-03-03' } as Context;
    expect(
      ruleIds('Do you expect any unfilled preliminary medicine positions at Lake Union this year?', late),
    ).toContain('post-deadline-position-inquiry');
    expect(
      ruleIds(
        'If a position opens in the PGY-1 class this spring for any reason, I would be happy to be contacted.',
        late,
      ),
    ).toContain('post-deadline-position-inquiry');
  });

  it('two fields "applied in both" is a backup plan; arrangements before March are a deal', () => {
    expect(
      ruleIds(
        "I have been torn between women's health and mental health for a long time, and this year I applied in both.",
      ),
    ).toContain('backup-plan');
    expect(
      ruleIds(
        'My colleague mentioned that some community programs have flexibility to make arrangements with strong candidates earlier than March.',
      ),
    ).toContain('outside-match-deal');
    expect(ruleIds('I made arrangements for my travel before March.')).not.toContain('outside-match-deal');
  });

  it('"keep me in your mind" asks to be remembered, not for a commitment', () => {
    const body =
      'If there is any possibility that Harpeth Valley has an unfilled psychiatry position, I am humbly requesting you to keep me in your mind.';
    expect(warningsOrErrors('request-commitment', body)).toHaveLength(0);
  });
});

describe('what sets EJ and EK showed (sixteenth session, first contact on 4c1c4a8)', () => {
  it('one name on the list is an exclusive claim', () => {
    expect(
      ruleIds(
        "For interventional radiology, there's going to be one name on my list this year, and it's Capital District.",
      ),
    ).toContain('exclusive-claim');
  });

  it('a dig with an aside in the middle is still a dig', () => {
    expect(
      warningsOrErrors(
        'negative-remarks',
        'Back at my home school, teaching was, to put it kindly, an afterthought.',
      ),
    ).toHaveLength(1);
  });

  it("the applicant's own ranking said after a condition asks nothing", () => {
    const body =
      'If I had some indication from your side that I would be ranked to match, it would make the decision very easy. I would place your program first without any hesitation.';
    expect(warningsOrErrors('request-commitment', body)).toHaveLength(0);
    expect(ruleIds(body)).toContain('conditional-ranking');
    expect(
      warningsOrErrors(
        'request-commitment',
        'I will put you first on my list, please let me know that a spot will be held for me.',
      ).length,
    ).toBeGreaterThan(0);
  });

  it('what a hoped-for answer would let the family do, and a city wished for, presume no match', () => {
    const then =
      'Would it be possible for your program to give me some kind of assurance that there will be a spot for me? Then we can organize the move and the school for our daughter.';
    expect(warningsOrErrors('presumptive-match', then)).toHaveLength(0);
    expect(
      warningsOrErrors(
        'presumptive-match',
        'My daughter will start school next fall, and Lexington is the city where we want to grow roots.',
      ),
    ).toHaveLength(0);
  });

  it("the program's kind words told back with thanks ask nothing", () => {
    const body =
      'It meant a lot to me to hear that the committee enjoyed our conversation and that I will be ranked highly by your program.';
    expect(warningsOrErrors('ask-rank-position', body)).toHaveLength(0);
    expect(ruleIds('It would mean a lot to hear whether I will be ranked highly by your program.')).toContain(
      'ask-rank-position',
    );
  });
});

describe('what sets EL and EM showed (sixteenth session, first contact on 39958e0)', () => {
  it('signals kept for a few programs, a certification "completed" that is pending, and entitlement "at least"', () => {
    expect(
      ruleIds(
        'Since I was having only a limited number of signals, I kept them for the few programs where I would most like to train.',
      ),
    ).toContain('signal-details');
    const pending = { profile: { status: { ecfmgCertified: false } } } as Context;
    expect(
      ruleIds(
        'Having completed my ECFMG certification this summer, I am now fully eligible to begin training.',
        pending,
      ),
    ).toContain('expected-as-current');
    expect(ruleIds('I think it deserves at least serious consideration for interview.')).toContain(
      'entitlement-language',
    );
    expect(ruleIds('I hope my application merits your consideration.')).not.toContain('entitlement-language');
  });

  it("an answer asked for by a date is pressure even beside the applicant's own plans; a promise alone is not", () => {
    expect(
      ruleIds(
        'Please inform me about decision until October 19, because after this date I will confirm other dates.',
        { today: '2026-10-10' } as Context,
      ),
    ).toContain('pressure-program');
    expect(
      warningsOrErrors(
        'pressure-program',
        'If there is anything I should complete before orientation, please let me know and I will send it quickly.',
      ),
    ).toHaveLength(0);
  });

  it("worn-out residents and faculty who rarely let them operate are remarks; the writer's own standing is not", () => {
    const elsewhere =
      'Last week I interviewed at a program a few hours south of you. The residents there looked worn out, and the faculty rarely let them operate before third year.';
    expect(warningsOrErrors('negative-remarks', elsewhere).length).toBeGreaterThan(0);
    const standing =
      "Frankly, an applicant with my record shouldn't have to sit on a waitlist while others hear back.";
    expect(warningsOrErrors('negative-remarks', standing)).toHaveLength(0);
    expect(ruleIds(standing)).toContain('entitlement-language');
  });
});

describe('a list that will carry one name is a letter of intent (set EL)', () => {
  it('reads the draft kind from it', () => {
    const body =
      'I write to reaffirm my strong interest in your residency. When I certify my rank order list, it will carry only one name, and that name is Rio Piedra.';
    expect(analyze(draft(body)).kind).toBe('letter-of-intent');
    expect(analyze(draft('I write to reaffirm my strong interest in your residency.')).kind).not.toBe(
      'letter-of-intent',
    );
  });
});

describe('what sets EN and EO showed (sixteenth session, first contact on 9d26a5f)', () => {
  it('a sole programme on the list, "my number one", and an application expected to be treated better', () => {
    const body =
      'I have resolved that Huron Valley University shall be the sole programme upon my rank order list, and I have accordingly declined to list any other.';
    expect(ruleIds(body)).toContain('exclusive-claim');
    expect(ruleIds('I expected my application to be treated better than that.')).toContain(
      'entitlement-language',
    );
    const ctx = {
      programs: [
        { name: 'Huron Valley University Neurology Residency' },
        { name: 'Detroit Riverside Neurology Residency' },
      ],
      recipientProgram: 'Detroit Riverside Neurology Residency',
      ledger: [
        {
          program: 'Huron Valley University Neurology Residency',
          kind: 'letter-of-intent',
          date: '2027-02-02',
        },
      ],
      today: '2027-02-20',
    } as Context;
    const second =
      "I've been sitting with my rank list for weeks now, and I wanted you to hear it from me: Detroit Riverside will be my number one.";
    expect(ruleIds(second, ctx)).toContain('duplicate-letter-of-intent');
  });

  it("telling the program one's intentions before the deadline puts no pressure on it", () => {
    const body =
      'I beg leave to submit this letter so that my intentions may be known to you before the lists are certified.';
    expect(warningsOrErrors('pressure-program', body)).toHaveLength(0);
  });

  it('a follow-up on an email from weeks ago or December, and "any updates on your end?", bring nothing new', () => {
    expect(
      ruleIds('I just wanted to follow up on my message from a few weeks ago about my application.'),
    ).toContain('no-new-information');
    expect(ruleIds('Just following up on my email from December. Any updates on your end?')).toContain(
      'no-new-information',
    );
  });

  it('the last interview of the season, at another program, is another program told', () => {
    expect(
      ruleIds("I finished my last interview of the season last week, at St. Brendan's in Yonkers."),
    ).toContain('disclose-other-programs');
    expect(
      ruleIds('I finished my last interview of the season with you, and it was the best day.'),
    ).not.toContain('disclose-other-programs');
  });
});

describe('what sets EP and EQ showed (sixteenth session, first contact on fd152de)', () => {
  it("EQ's false error: where an application stands before any interview is no rank question", () => {
    const body =
      'I would appreciate it if someone could review my application and let me know where things stand.';
    expect(ruleIds(body)).not.toContain('ask-rank-position');
    expect(ruleIds('Could you let me know where things stand on your rank list?')).toContain(
      'ask-rank-position',
    );
  });

  it('a plea for any chance that names no ranking, and a day unlike what one expected, are no problems', () => {
    expect(
      warningsOrErrors('ask-rank-position', 'Please, if there is any chance at all, I would be so grateful.'),
    ).toHaveLength(0);
    expect(
      warningsOrErrors(
        'negative-remarks',
        'I have to say that the whole day felt different from what I expected.',
      ),
    ).toHaveLength(0);
    expect(
      warningsOrErrors(
        'overly-emotional',
        'I was so happy when I received your email this morning, I immediately called my parents.',
      ),
    ).toHaveLength(0);
  });

  it('another field as the career, entitlement "at least", a national superlative, another interview compared', () => {
    const ctx = sentTo('Franklin Mesa General Surgery Residency', 'Franklin Mesa', 'general surgery');
    expect(
      ruleIds(
        'I am confident that Franklin Mesa would help me become the kind of anesthesiologist I hope to be.',
        ctx,
      ),
    ).toContain('specialty-mismatch');
    expect(ruleIds('With this profile I have deserved at least an interview.')).toContain(
      'entitlement-language',
    );
    expect(
      ruleIds('Everybody says it is the best program of obstetrics and gynecology in the entire country.'),
    ).toContain('superlative-flattery');
    expect(
      ruleIds("Last week's interview was the opposite: the residents there looked burned out."),
    ).toContain('disclose-other-programs');
  });
});

describe("set ES's false error (first contact on the analyzer this stop ships)", () => {
  it('thanks for an email about the interview are thanks for the email, not for an interview still ahead', () => {
    const ctx = {
      programs: [{ name: 'Azalea Bay University Child Neurology Residency', interviewDate: '2027-01-07' }],
      recipientProgram: 'Azalea Bay University Child Neurology Residency',
      today: '2026-10-28',
    } as Context;
    expect(
      ruleIds(
        'Thank you for your email about the interview on January 7 for Azalea Bay Child Neurology. I am sending my details so the office can begin the visa review.',
        ctx,
      ),
    ).not.toContain('thank-you-before-interview');
    expect(ruleIds('Thank you for the interview yesterday and for your time.', ctx)).toContain(
      'thank-you-before-interview',
    );
  });
});
