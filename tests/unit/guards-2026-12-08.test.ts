/**
 * What sets BT and BU showed at first contact (recorded at the tenth stop, fixed on 8 December 2026), checked
 * through the analyzer as a user would meet it: problems now caught, and harmless sentences now left alone. Each
 * fails with its fix removed.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer';
import type { Context } from '../../src/analyzer/types';

const ruleIds = (body: string, context: Context = {}) =>
  analyze(`Dear Dr. Hart,\n\n${body}\n\nSincerely,\nAna Ruiz\nAAMC ID 12345678`, context).findings.map(
    (f) => f.ruleId,
  );

describe('problems sets BT and BU showed', () => {
  it.each([
    ['entitlement-language', 'An application like mine deserves a faster answer than this.'],
    [
      'disclose-other-programs',
      'Last month I interviewed at a program back east where the chief resident told us the fellows take the good cases.',
    ],
    [
      'disclose-other-programs',
      'At another program I interviewed with last week, the faculty seemed more interested in their private practices than in teaching.',
    ],
    [
      'overly-emotional',
      'My wife has put her own career on hold for three years, and my daughter asks every night whether they have called.',
    ],
  ])('%s fires on: %s', (rule, body) => {
    expect(ruleIds(body)).toContain(rule);
  });

  it('a residency claimed as finalized while the profile says otherwise is a status claimed too early', () => {
    const body = 'One practical thing: my permanent residency is now finalized, so no visa is needed.';
    const profile = { status: { permanentResident: false } };
    expect(ruleIds(body, { profile } as Context)).toContain('expected-as-current');
    expect(ruleIds(body, { profile: { status: { permanentResident: true } } } as Context)).not.toContain(
      'expected-as-current',
    );
  });
});

describe('harmless sentences beside them', () => {
  it.each([
    [
      'disclose-other-programs',
      'I would prefer to keep my rank list and the other places I have interviewed to myself.',
    ],
    [
      'ask-rank-position',
      "I applied in September and haven't heard anything. I'd like to know where my application is in the review process.",
    ],
  ])('%s stays silent on: %s', (rule, body) => {
    expect(ruleIds(body)).not.toContain(rule);
  });
});

describe('before any interview, standing means the application', () => {
  const waiting =
    "I applied on September 16 and still haven't received an interview decision. I need to know where I stand with you by Friday.";

  it('no rank question while the applicant is still waiting for an invitation', () => {
    expect(ruleIds(waiting, { today: '2026-10-05' })).not.toContain('ask-rank-position');
  });

  it('still a rank question once an interview happened, or in ranking season', () => {
    const after = `I interviewed with you in November. ${waiting}`;
    expect(ruleIds(after, { today: '2026-10-05' })).toContain('ask-rank-position');
    expect(ruleIds(waiting, { today: '2027-02-10' })).toContain('ask-rank-position');
  });

  it('still a rank question before the interview when the sentence names the list', () => {
    const list = "I still haven't received an interview decision. Will I be ranked high on your list?";
    expect(ruleIds(list, { today: '2026-10-05' })).toContain('ask-rank-position');
    expect(
      ruleIds('I would also like to humbly ask if I am being strongly considered for the program already.', {
        today: '2026-11-09',
        recipientProgram: 'Kettle Moraine PM&R',
        programs: [{ name: 'Kettle Moraine PM&R', interviewDate: '2026-11-18' }],
      } as Context),
    ).toContain('ask-rank-position');
  });

  it('with the interview on record still ahead, "where I stand" asks about the application', () => {
    const ctx = {
      today: '2026-11-09',
      recipientProgram: 'Kettle Moraine PM&R',
      programs: [{ name: 'Kettle Moraine PM&R', interviewDate: '2026-11-18' }],
    } as Context;
    expect(ruleIds('Could you tell me where I stand with you?', ctx)).not.toContain('ask-rank-position');
    expect(ruleIds('Could you tell me where I stand with you?')).toContain('ask-rank-position');
  });
});

describe('what sets BV and BW showed', () => {
  it.each([
    ['ask-rank-position', 'Do rotators who did well here usually end up ranked to match?'],
    [
      'overly-emotional',
      'My father drives for a rideshare company at sixty-three, and I do not know how I will look him in the eye if this year ends the same way.',
    ],
    [
      'overly-emotional',
      "My wife and I sat in the car outside our daughter's school for an hour because neither of us could find the words to tell her.",
    ],
  ])('%s fires on: %s', (rule, body) => {
    expect(ruleIds(body)).toContain(rule);
  });

  it('a green card that "has come through" is a status claimed as current', () => {
    const body =
      'I am writing with an update: my green card has come through, so I will no longer need sponsorship.';
    expect(ruleIds(body, { profile: { status: { permanentResident: false } } } as Context)).toContain(
      'expected-as-current',
    );
  });

  it('accepting a SOAP interview the program offered asks about no position', () => {
    const body =
      'Thank you for reaching out. I would be glad to interview for the open position at Tamiami Bay, and I am available at 2:00 PM today.';
    expect(ruleIds(body, { today: '2027-03-17' })).not.toContain('post-deadline-position-inquiry');
    expect(ruleIds('Do you have any open positions this week?', { today: '2027-03-17' })).toContain(
      'post-deadline-position-inquiry',
    );
  });

  it('"if you don\'t mind my asking" in a program\'s message still asks', () => {
    const draft =
      "Dear Dr. Lind,\n\nThank you for your note. I would prefer to keep my rank list private.\n\nSincerely,\nDana Okoro\n\nOn Sun, Dec 13, 2026 at 8:17 PM, Tobias Lind <t@ozark.example.org> wrote:\n> Hi Dana,\n>\n> If you don't mind my asking, where else are you interviewing, and how are we stacking up so far?\n";
    expect(analyze(draft).findings.map((f) => f.ruleId)).toContain('program-asked-rank');
  });

  it('"my passion for full-spectrum family medicine" to a med-peds program names another specialty', () => {
    const programs = [{ name: 'Gulf Pines Med-Peds', specialty: 'internal medicine-pediatrics' }];
    const body =
      'I believe my background in community outreach and my passion for full-spectrum family medicine, including obstetrics, would make me a strong fit.';
    expect(ruleIds(body, { programs, recipientProgram: 'Gulf Pines Med-Peds' } as Context)).toContain(
      'specialty-mismatch',
    );
  });
});

describe('what sets BX and BY showed', () => {
  it.each([
    [
      'entitlement-language',
      "With 14 publications and a 262 on Step 2 CK, I'd expect at least the courtesy of a reply.",
    ],
    ['entitlement-language', 'Applicants with far less have already been invited to programs like yours.'],
    [
      'negative-remarks',
      'The chairman was shouting at a junior resident in the OR in front of all the applicants.',
    ],
    ['negative-remarks', 'My home school, bless its heart, has never had a neurosurgery department.'],
    [
      'disclose-other-programs',
      'At one interview in December, the residents at the dinner did not want to talk.',
    ],
    [
      'no-new-information',
      'I do not have anything new to add to my application, but I wanted to remind you of my interest.',
    ],
    ['signal-details', 'I sent one of my gold signals to Rogue Valley. I had only a few of them to give.'],
  ])('%s fires on: %s', (rule, body) => {
    expect(ruleIds(body)).toContain(rule);
  });

  it.each([
    ['request-commitment', 'Could you please confirm my spot in the 8:00 a.m. group on December 11?'],
    ['ask-rank-position', 'Could you please confirm my spot in the 8:00 a.m. group on December 11?'],
    [
      'ask-rank-position',
      'If I am fortunate enough to match with you, I will give the programme my full effort.',
    ],
  ])('%s stays silent on: %s', (rule, body) => {
    expect(ruleIds(body)).not.toContain(rule);
  });

  it('"the first program on my rank order list" after a letter of intent to another program is a second one', () => {
    const programs = [
      { name: 'Big Sky University Neurological Surgery Residency', specialty: 'neurological surgery' },
      { name: 'Wasatch Front University Neurological Surgery Residency', specialty: 'neurological surgery' },
    ];
    const ledger = [
      {
        program: 'Wasatch Front University Neurological Surgery Residency',
        kind: 'letter-of-intent',
        date: '2027-01-27',
      },
    ];
    const body =
      'I wanted to let you know that Big Sky University will be the first program on my rank order list.';
    const context = {
      programs,
      ledger,
      recipientProgram: 'Big Sky University Neurological Surgery Residency',
      today: '2027-02-01',
    } as Context;
    expect(ruleIds(body, context)).toContain('duplicate-letter-of-intent');
  });

  it('in Match Week, a position "that did not fill" is asked for; thanks for reaching out is an answer', () => {
    const today = { today: '2027-03-15' };
    expect(
      ruleIds('I wanted to reach out in case Cascade Siskiyou has a position that did not fill.', today),
    ).toContain('post-deadline-position-inquiry');
    expect(
      ruleIds('Thank you for reaching out, and for considering me for the open position.', today),
    ).not.toContain('post-deadline-position-inquiry');
  });
});

describe('what sets BZ and CA showed', () => {
  it.each([
    ['disclose-other-programs', 'Programs with half your rural focus have already invited me.'],
    [
      'entitlement-language',
      'Frankly, an applicant with my record should not have to write in to ask for an interview.',
    ],
    [
      'entitlement-language',
      'Several classmates with weaker files have already heard from programs in the region.',
    ],
    [
      'negative-remarks',
      "The IR attendings at one of my school's affiliate hospitals treated students like furniture.",
    ],
  ])('%s fires on: %s', (rule, body) => {
    expect(ruleIds(body)).toContain(rule);
  });

  it.each([
    [
      'disclose-other-programs',
      'Several classmates with weaker files have already heard from programs in the region.',
    ],
    [
      'presumptive-match',
      'My daughter has already started asking whether we will be living "by the oil pumps."',
    ],
  ])('%s stays silent on: %s', (rule, body) => {
    expect(ruleIds(body)).not.toContain(rule);
  });

  it('after the Match, "find a place for me this year" asks for a position, not a commitment', () => {
    const body =
      'I did not match. I am asking, with everything I have, whether there is any way you could find a place for me this year.';
    const ids = ruleIds(body, { today: '2027-03-16' });
    expect(ids).not.toContain('request-commitment');
  });

  it('"Friday was one of the best days of my life" after Match Day is joy, not an outpouring', () => {
    const body =
      'Friday was one of the best days of my life, and I wanted to thank you personally. I am thrilled to have matched with you.';
    expect(ruleIds(body, { today: '2027-03-23' })).not.toContain('overly-emotional');
  });

  it('another program named with its second look on the same morning is disclosed', () => {
    const programs = [
      {
        name: 'Llano Estacado Medical Center IR Residency',
        aliases: ['Llano Estacado'],
        specialty: 'interventional radiology',
      },
      {
        name: 'Permian Basin Health Sciences Center IR Residency',
        aliases: ['Permian Basin IR', 'Permian Basin'],
        specialty: 'interventional radiology',
      },
    ];
    const body =
      'I need to move my December 3 interview. Permian Basin IR has a second-look visit that same morning and I already committed to it.';
    const ids = ruleIds(body, { programs, recipientProgram: programs[0]!.name } as Context);
    expect(ids).toContain('disclose-other-programs');
  });

  it('an ECFMG certification claimed after a lead-in and a colon is still a claim', () => {
    const body =
      'About my situation: as an ECFMG-certified graduate, I will be able to start orientation on time.';
    expect(ruleIds(body, { profile: { status: { ecfmgCertified: false } } } as Context)).toContain(
      'expected-as-current',
    );
  });
});

describe('what sets CB and CC showed', () => {
  it.each([
    [
      'negative-remarks',
      'At lunch the chief resident spent most of the hour complaining about his attendings.',
    ],
    ['negative-remarks', 'The faculty host scrolled through his phone the whole time.'],
    [
      'signal-details',
      'Out of the limited number available to me, I chose to give only a handful to programmes in the Ohio valley.',
    ],
    [
      'post-deadline-position-inquiry',
      'i didnt match. if theres anything open this week pls keep me in mind',
    ],
    [
      'conditional-ranking',
      'If there is any way you could give me a sense of whether I am in range to match with you, I would have no hesitation putting Sonoran Desert first.',
    ],
  ])('%s fires on: %s', (rule, body) => {
    const today = rule === 'post-deadline-position-inquiry' ? { today: '2027-03-16' } : {};
    expect(ruleIds(body, today)).toContain(rule);
  });

  it('a seat on another interview day is scheduling, not a commitment', () => {
    const body =
      'Would it be possible to move my interview to December 9 or December 16? If one of those days has an opening, could you hold a seat for me while I arrange childcare?';
    expect(ruleIds(body)).not.toContain('request-commitment');
    expect(ruleIds('Could you hold a seat for me in July while I finish my visa?')).toContain(
      'request-commitment',
    );
  });

  it("a couples partner's residency named in the partner's own clause is not the applicant's specialty", () => {
    const programs = [
      {
        name: 'Bluegrass Medical College Integrated Thoracic Surgery Residency',
        aliases: ['Bluegrass'],
        specialty: 'thoracic surgery',
      },
    ];
    const context = { programs, recipientProgram: programs[0]!.name } as Context;
    const partner =
      'We are couples matching this year, and he is applying in internal medicine; he interviews with the Bluegrass internal medicine residency on December 14.';
    expect(ruleIds(partner, context)).not.toContain('specialty-mismatch');
    expect(
      ruleIds(
        'I am especially drawn to your vascular surgery residency and its endovascular training.',
        context,
      ),
    ).toContain('specialty-mismatch');
  });
});

describe('what sets CD and CE showed', () => {
  it.each([
    ['entitlement-language', 'Applicants with half that record have already heard from you.'],
    [
      'ask-rank-position',
      "Do you send notes like this to everyone, or only to the applicants you're hoping to see on Match Day?",
    ],
    [
      'binding-promise',
      'gulf pines is going #1 on my list, already locked it in. thats not changing no matter what, u have my word',
    ],
    [
      'negative-remarks',
      'Honestly my medical school there was weak in clinical teaching and most of the professors did not care about the students at all.',
    ],
    ['exclusive-claim', 'In fact, I have decided not to rank any other program at all.'],
    [
      'superlative-flattery',
      "Lakeshore Children's is simply the greatest place anyone could train to become a pediatrician.",
    ],
    [
      'no-new-information',
      "Nothing has changed on my end, I just want to make sure it's still on your radar.",
    ],
  ])('%s fires on: %s', (rule, body) => {
    expect(ruleIds(body)).toContain(rule);
  });

  it('in Match Week, a spot "that goes unfilled" is asked for', () => {
    const body =
      'If anything changes before July, whether an intern who does not come or a spot that goes unfilled, I am asking you to think of me.';
    expect(ruleIds(body, { today: '2027-03-08' })).toContain('post-deadline-position-inquiry');
  });

  it.each([
    [
      'presumptive-match',
      'My husband teaches middle school in Gretna, and our daughter starts kindergarten in August.',
    ],
    [
      'no-new-information',
      'I would like to humbly share an update on my application. My case report was accepted last week.',
    ],
    [
      'overly-emotional',
      'Opening my email on Friday and seeing Fox River Valley was one of the happiest moments of my life.',
    ],
  ])('%s stays silent on: %s', (rule, body) => {
    expect(ruleIds(body)).not.toContain(rule);
  });

  it('"I have been thinking about the day ever since" is at most a suggestion', () => {
    const findings = analyze(
      'Dear Dr. Hart,\n\nI have been thinking about the day ever since I got home.\n\nSincerely,\nAna Ruiz\nAAMC ID 12345678',
    ).findings.filter((f) => f.ruleId === 'overly-emotional');
    expect(findings.every((f) => f.severity === 'suggestion')).toBe(true);
  });
});

describe('what sets CF and CG showed', () => {
  it.each([
    [
      'signal-details',
      'I kept all three of my gold signals for New England, and Shoreline was the first name I selected.',
    ],
    [
      'signal-details',
      'My silver signals I have distributed mostly among programs in New York and New Jersey.',
    ],
    [
      'conditional-ranking',
      "Were I to receive some indication that I might expect a place high on the programme's list, I would have no hesitation in ranking Farmington Ridge first.",
    ],
    ['desperate-tone', 'I would take any spot and can start on any date.'],
  ])('%s fires on: %s', (rule, body) => {
    expect(ruleIds(body)).toContain(rule);
  });

  it.each([
    [
      'ask-rank-position',
      'just submitted my eras app last wk. any chance u could let me know if im still in the running for an interview?',
    ],
    [
      'negative-remarks',
      'Dr. Rao walked me to my next session; I know the schedule was tight, and I feel terrible that I might have made her late.',
    ],
  ])('%s stays silent on: %s', (rule, body) => {
    expect(ruleIds(body)).not.toContain(rule);
  });

  it('"I expected an invitation by now" says no interview has happened: "where things stand" is the application', () => {
    const body =
      'I applied the day ERAS opened. Frankly, I expected an invitation by now. Please let me know where things stand.';
    expect(ruleIds(body, { today: '2026-10-06' })).not.toContain('ask-rank-position');
    expect(ruleIds('Please let me know where things stand for me.', { today: '2027-02-10' })).toContain(
      'ask-rank-position',
    );
  });
});

describe('what sets CH and CI showed', () => {
  it.each([
    [
      'binding-promise',
      'I give you my word that the translation is complete and matches the original diploma exactly.',
    ],
    [
      'binding-promise',
      'I have checked every entry against the original sources, and I give you my word the list is accurate now.',
    ],
    [
      'disclose-other-programs',
      'I know that applicants with lower scores already received invitations from Sangre de Cristo.',
    ],
  ])('%s stays silent on: %s', (rule, body) => {
    expect(ruleIds(body)).not.toContain(rule);
  });

  it.each([
    ['binding-promise', 'I give you my word the list is final and Mesilla Valley is first.'],
    [
      'entitlement-language',
      'I know that applicants with lower scores already received invitations from Sangre de Cristo.',
    ],
    [
      'conditional-ranking',
      'If your honorable committee will find me worthy to be ranked in a position to match at the Consortium, I promise that I will place the Consortium as my first choice on my rank list.',
    ],
    [
      'negative-remarks',
      'A resident told me at their social that half their interns would transfer out if they could.',
    ],
    ['negative-remarks', 'On the first day one chief resident told us we were furniture with hands.'],
    ['entitlement-language', 'ngl i think i crushed the interview and honestly deserve a spot'],
    ['superlative-flattery', 'Tres Puentes is the finest surgical residency anywhere in the country.'],
    ['signal-details', 'Each of your three programs received one of my preference signals in September.'],
  ])('%s fires on: %s', (rule, body) => {
    expect(ruleIds(body)).toContain(rule);
  });

  it('"some sign that you see me" borrowed by the next sentence is no deal outside the Match', () => {
    const body =
      'If I had some sign that Delta Health also sees me as an applicant you will rank to match, I would not hesitate to place Delta Health at the top of my list. I think this would be good for both sides.';
    expect(ruleIds(body)).not.toContain('outside-match-deal');
    expect(ruleIds(body)).toContain('conditional-ranking');
  });
});

describe('what sets CJ and CK showed', () => {
  it.each([
    [
      'signal-details',
      'I only had a handful of signals to work with this year, and Susquehanna Valley got one of them.',
    ],
    [
      'entitlement-language',
      "Step 2 CK 262, two first-author stroke papers, AOA. I'd have thought that was an easy interview offer for a program your size.",
    ],
    ['signal-details', 'I had only few signals, and I gave just two of them to programs in the South.'],
    ['desperate-tone', 'Please, I would be grateful for any chance at all.'],
  ])('%s fires on: %s', (rule, body) => {
    expect(ruleIds(body)).toContain(rule);
  });

  it('"I have passed all USMLE Steps including Step 3" is a Step 3 claim', () => {
    const body = 'I have passed all USMLE Steps including Step 3, and I am ECFMG certified.';
    expect(ruleIds(body, { profile: { status: { step3Passed: false } } } as Context)).toContain(
      'expected-as-current',
    );
  });

  it("a couples partner's own applications are not the writer's disclosure", () => {
    const body =
      'My partner, Marcus Bell, is applying in internal medicine and has also applied to the internal medicine residency at Cumberland Plateau.';
    expect(ruleIds(body)).not.toContain('disclose-other-programs');
    expect(
      ruleIds(
        'My partner is applying in internal medicine, and I also interviewed at three other programs in the region.',
      ),
    ).toContain('disclose-other-programs');
  });

  it('the partner\'s clause is theirs: "it only works if he matches at your surgery program"', () => {
    const programs = [
      {
        name: 'Hudson-Mohawk Radiation Oncology',
        aliases: ['Hudson-Mohawk'],
        specialty: 'radiation oncology',
      },
    ];
    const body =
      'My partner and I are couples matching; he is applying in general surgery. We have a pairing we would both be happy with, but it only works if he matches at your surgery program too.';
    expect(ruleIds(body, { programs, recipientProgram: programs[0]!.name } as Context)).not.toContain(
      'specialty-mismatch',
    );
  });

  it('before the Match, "the onboarding paperwork" does not make July a fact', () => {
    const body =
      "I look forward to working with all of you starting in July, and I'll be in touch with Ms. Lutz about the onboarding paperwork.";
    expect(ruleIds(body, { today: '2027-02-09' })).toContain('presumptive-match');
    expect(ruleIds(body, { today: '2027-03-22' })).not.toContain('presumptive-match');
  });
});
