import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyzer';
import { CLAIMS } from '../../src/analyzer/checks/records';
import { requiredLiterals } from '../../src/analyzer/required-literals';

/** Status claims written in non-native or passive forms (records.ts, expected-as-current). */
const ctx = {
  profile: {
    status: { ecfmgCertified: false, step3Passed: false, permanentResident: false, usCitizen: false },
  },
};
const fires = (body: string) =>
  analyze(`Dear Dr. Lund,\n\n${body}\n\nBest regards,\nAri`, ctx).findings.some(
    (f) => f.ruleId === 'expected-as-current',
  );

describe('expected-as-current: claims in other forms', () => {
  test.each([
    'Yesterday my Step 3 was passed, and I am ready for July.',
    'I am happy to say my USMLE Step 3 is completed.',
    'Now my Step 3 exam has been cleared successfully.',
    'With this, all three USMLE Steps are now passed.',
    'I have passed all three Steps on the first attempt.',
    'My ECFMG certificate was finally issued on Monday.',
    'Kindly note my ECFMG certificate has arrived.',
    'I have received my ECFMG certificate.',
    'Good news: I am now fully certified and can start on time.',
    'My green card is approved as of this month.',
    // set BJ: a sitting told as the requirement met, while the result is still to come
    'I sat for USMLE Step 3 last week, so that requirement is now taken care of.',
    // set BN
    'With Step 3 now behind me, I am eligible for H-1B sponsorship.',
    // sets BQ and BR
    'I am happy to inform that I am actually ECFMG certified, so there is no more pending requirement in my file.',
    'I sat for USMLE Step 3 on December 28, and having now passed it, I am eligible for H-1B sponsorship.',
  ])('fires on: %s', (body) => expect(fires(body)).toBe(true));

  test.each([
    'My Step 3 is scheduled for February.',
    'Once my Step 3 is passed I will send the score report.',
    'My ECFMG certificate is expected in February.',
    'I will have passed all three Steps before July.',
    'I am fully certified in ACLS and PALS.',
    'The ECFMG certificate is issued after Step 2 CK results are reported.',
    'My Step 3 is booked for next month, and I hope it is passed by spring.',
    'I am officially certified as a BLS instructor.',
    'My Step 3 is booked for April, and once that requirement is taken care of I will write again.',
  ])('passes: %s', (body) => expect(fires(body)).toBe(false));
});

describe('expected-as-current: the words each claim needs before its pattern runs', () => {
  // The check skips a sentence lacking every word of `needs`; a word missing there would hide a claim.
  test.each(CLAIMS.map((c) => [c.field, c] as const))('%s: the literal reader agrees', (_, claim) => {
    const sets = requiredLiterals(claim.re);
    expect(sets.length).toBeGreaterThan(0);
    expect(sets.some((set) => [...set].sort().join() === [...claim.needs].sort().join())).toBe(true);
  });
});
