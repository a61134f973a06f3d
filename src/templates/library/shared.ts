/** Pieces every template ends with, so a coordinator can always find the applicant's ERAS file. */

/** Full name, school when known, and the AAMC ID: what identifies an applicant across ERAS and the NRMP. */
export const SIGN_OFF = `Sincerely,
{{profile.name}}
[[{{profile.school}}]]
AAMC ID {{profile.aamcId}}`;

/** Appended to a subject: who is writing, findable by ID. */
export const WHO = '{{profile.name}} (AAMC ID {{profile.aamcId}})';
