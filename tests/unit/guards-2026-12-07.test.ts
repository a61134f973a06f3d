/**
 * Guards added on 7 December 2026 for rules whose own `pass` examples also teach the sentence layer (adding one
 * there retrains the model): each case is a harmless sentence from a blind set that a rule flagged, checked here
 * through the analyzer as a user would meet it. Each fails with its guard removed.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer';

const ruleIds = (body: string) =>
  analyze(`Dear Dr. Hart,\n\n${body}\n\nSincerely,\nAna Ruiz\nAAMC ID 12345678`).findings.map(
    (f) => f.ruleId,
  );

describe('harmless sentences that share words with a problem', () => {
  it.each([
    [
      'ask-rank-position',
      'Does the program sponsor H-1B visas? I only want to know where things stand, so I can prepare documents in time.',
    ],
    [
      'desperate-tone',
      'Now that rank lists have been certified, I beg to enquire whether you have any research openings.',
    ],
    [
      'desperate-tone',
      'I beg you to accept the assurance of my highest consideration, and I remain, Sir, your servant.',
    ],
    ['ask-rank-position', 'I will be grateful if my application is given your kind consideration.'],
    ['pressure-program', 'I did not match this morning. I can start tomorrow if you need me.'],
    ['binding-promise', 'I will be direct. My list is not final.'],
    [
      'request-commitment',
      'I would like to humbly ask if I may have the Thursday, November 12 slot, as I am on my neurology rotation until November 6.',
    ],
    [
      'ask-rank-position',
      "First, I am still deciding where I stand between the global women's health track and the research track.",
    ],
    [
      'ask-rank-position',
      'I am writing to ask whether Passaic Valley expects to have any unfilled PGY-1 positions this week. If so, I would be very grateful to be considered.',
    ],
    [
      'disclose-other-programs',
      'After interview in November, Allegheny Riverside remains one of my top programs.',
    ],
    ['disclose-other-programs', "To be honest, I don't plan to put any other program on my list at all."],
    ['negative-remarks', "Red Stick is honestly one of the programs I'd be happiest at, I think."],
    ['backup-plan', "Since my interview, I have thought a lot. I'll be honest about where my head is."],
    [
      'backup-plan',
      'Before medicine I spent eight years as a process safety engineer at a refinery on Galveston Bay.',
    ],
    [
      'backup-plan',
      'I am participating in the Match as part of a couple. My partner, Tomas Reyes, is applying in internal medicine and has also applied to the internal medicine residency at Cascadia University Medical Center.',
    ],
    [
      'negative-remarks',
      "For context: Step 2 CK 262 and two first-author papers. Frankly, I'm not sure what more an applicant could bring to the table.",
    ],
    [
      'ask-rank-position',
      'I want to be clear about where I stand. Consider this my commitment: my list will be certified with Front Range at the top.',
    ],
    [
      'backup-plan',
      "To answer your question, y'all don't need to worry at all. Saltmarsh is the only program I'm putting on my list.",
    ],
  ])('%s stays silent on: %s', (rule, body) => {
    expect(ruleIds(body)).not.toContain(rule);
  });

  it('a fallback said beside the one program still counts as a backup plan', () => {
    expect(ruleIds('If Saltmarsh does not work out, my backup is the prelim year at Gulf Pines.')).toContain(
      'backup-plan',
    );
  });

  it("a couple's list offered on the understanding that both will be ranked is a conditional deal", () => {
    expect(
      ruleIds(
        'We are prepared to rank High Plains above every other option on our couples list, on the understanding that both of us will be ranked within matching range by the two programmes.',
      ),
    ).toContain('conditional-ranking');
  });

  it('asking what one could do to move up on the list is a rank question', () => {
    expect(
      ruleIds(
        'If there is anything at all I could do to move up on your list, even one small thing, please tell me.',
      ),
    ).toContain('ask-rank-position');
  });

  it('a rank question asked as how the committee received the application still counts', () => {
    expect(
      ruleIds(
        'As I am finalizing my rank list, it would help me greatly to have some idea how my application was received by the committee.',
      ),
    ).toContain('ask-rank-position');
  });

  it.each([
    [
      'binding-promise',
      'My list is settled, it will be certified in this form, and I hereby pledge that no subsequent interview shall alter it.',
    ],
    [
      'ask-rank-position',
      'Do applicants who send letters like this usually end up ranked high enough to match at Lakeside?',
    ],
  ])('%s fires on: %s (set AX, after its first contact)', (rule, body) => {
    expect(ruleIds(body)).toContain(rule);
  });

  it.each([
    [
      'backup-plan',
      'To be safe I applied also to preliminary surgery positions this year, but urology is the only thing I want.',
    ],
    ['negative-remarks', 'Honestly it felt like a scut factory with a nice lobby.'],
    [
      'negative-remarks',
      'Last month I interviewed at a program where the chief spent lunch mocking the interns.',
    ],
    ['overly-emotional', 'found out yesterday i didnt match. honestly im kind of falling apart rn.'],
    ['desperate-tone', 'prelim, research yr, literally anything, ill take it and ill be there monday.'],
    [
      'negative-remarks',
      'Last week I assisted to another interview, and the program director was looking his phone during all the presentation.',
    ],
    [
      'ask-rank-position',
      'If there is any sense you could give us of how I look to your committee, it would make an enormous difference to how we put our list together.',
    ],
    [
      'negative-remarks',
      'The week before, the program director stepped out of our one-on-one twice to take calls.',
    ],
    [
      'backup-plan',
      'If it does not happen this year, I suppose I will stay in the lab another year and apply again.',
    ],
    [
      'conditional-ranking',
      'If you are able to tell me that I would be ranked high enough to match with you, I would gladly move Rio Grande Valley to number one.',
    ],
  ])('%s fires on: %s (sets BJ, BL, BN, BO and BQ, after their first contact)', (rule, body) => {
    expect(ruleIds(body)).toContain(rule);
  });

  it.each([
    ['backup-plan', 'To be safe I applied early to every program on my list, in September.'],
    [
      'negative-remarks',
      'The call room felt like a second home, and the residents joked with the interns all day.',
    ],
    ['overly-emotional', 'I am breaking down the case log by procedure, as you asked.'],
    ['desperate-tone', 'If there is anything you need for my file, I will take care of it today.'],
    [
      'ask-rank-position',
      'I have no sense yet of how I look in the white coat, but my mother says it suits me.',
    ],
    [
      'overly-emotional',
      'When the results came in on Friday and I saw Hoosier Heartland, I could not stop smiling.',
    ],
    [
      'overly-emotional',
      'Opening my envelope today and seeing Lehigh Forge was one of the happiest moments of my life.',
    ],
    ['ask-rank-position', "It made me wonder if I'd chosen the wrong field."],
    [
      'binding-promise',
      'A fourth letter of recommendation will be uploaded to ERAS this week. I give you my word that it will be there before your committee meets.',
    ],
    [
      'request-commitment',
      'If you are able to tell me that I would be ranked high enough to match with you, I would gladly move Rio Grande Valley to number one.',
    ],
  ])("%s stays silent on: %s (beside set BJ's new patterns)", (rule, body) => {
    expect(ruleIds(body)).not.toContain(rule);
  });
});
