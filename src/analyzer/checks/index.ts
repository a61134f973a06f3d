/** The context-check rule kind: each rule file names one of these and may pass it params. */

import { otherProgramNamed, pdNameMismatch, specialtyMismatch, wrongProgramName } from './names';
import { genericMessage } from './personal';
import {
  duplicateLetterOfIntent,
  expectedAsCurrent,
  massEmailRecipients,
  missingAamcId,
  missingSubject,
} from './records';
import { programAskedRecounted } from './recounted-question';
import {
  afterRankDeadline,
  noPostInterviewContact,
  soapWeekContact,
  thankYouBeforeInterview,
} from './timing';
import type { Check } from './types';

export const CHECKS: Readonly<Record<string, Check>> = {
  'wrong-program-name': wrongProgramName,
  'other-program-named': otherProgramNamed,
  'pd-name-mismatch': pdNameMismatch,
  'specialty-mismatch': specialtyMismatch,
  'duplicate-letter-of-intent': duplicateLetterOfIntent,
  'mass-email-recipients': massEmailRecipients,
  'missing-subject': missingSubject,
  'missing-aamc-id': missingAamcId,
  'expected-as-current': expectedAsCurrent,
  'after-rank-deadline': afterRankDeadline,
  'no-post-interview-contact': noPostInterviewContact,
  'soap-week-contact': soapWeekContact,
  'thank-you-before-interview': thankYouBeforeInterview,
  'generic-message': genericMessage,
  'program-asked-recounted': programAskedRecounted,
};

export type { CheckHit, CheckInput } from './types';
