/**
 * What both browser suites type, seed and expect, so Chromium and Firefox check the same user-visible
 * behaviour. Records follow the storage shapes of src/records/schemas.ts.
 */

/** The compose body of each fixture family (the fixtures' own markup, not our selectors). */
export const GMAIL_BODY = '[contenteditable="true"][aria-label="Message Body"]';
export const OUTLOOK_BODY = '[contenteditable="true"][aria-multiline="true"]';
/** What the fixtures print when their Send handler runs. */
export const SEND_LOG = 'fixture: send clicked';

/** An error-level finding (ask-rank-position) and the words its mark covers. */
export const RANK_QUESTION = 'Could you tell me where I stand on your rank list?';
/** ask-rank-position reads what the sentence does (the sentence layer), so its mark covers the whole question. */
export const RANK_EXCERPT = RANK_QUESTION;
/** A sentence the tone check reads as desperate. */
export const BEGGING =
  'I am begging you, please give me a chance, I will do anything to train at your program.';

export const DRAFT_KINDS = [
  'pre-interview-interest',
  'thank-you',
  'update',
  'letter-of-interest',
  'letter-of-intent',
  'reply-to-program',
  'other',
];
export const TONE_LABELS = [
  'professional',
  'warm',
  'confident',
  'hedging',
  'apologetic',
  'desperate',
  'emotional',
  'pushy',
  'casual',
  'negative',
];

export const PROFILE = {
  name: 'Maya Okafor',
  aamcId: '14820573',
  school: 'University of Lagos College of Medicine',
  specialty: 'Anesthesiology',
};
/** No "liked": every template that needs it opens the form. */
export const NORTHLAKE = {
  name: 'Northlake Health Anesthesiology',
  aliases: ['Northlake Health', 'Northlake'],
  domains: ['northlake-health.example'],
  programDirector: { name: 'Evelyn Marsh', title: 'Program Director' },
  coordinator: { name: 'Rosa Alvarez' },
  specialty: 'Anesthesiology',
  interviewDate: '2026-11-12',
};
export const CEDAR_VALLEY = {
  name: 'Cedar Valley Anesthesiology',
  aliases: ['Cedar Valley'],
  domains: ['cedarvalley.example'],
  programDirector: { name: 'Jordan Pike', title: 'Program Director' },
  specialty: 'Anesthesiology',
  liked: 'the resident-run acute pain service and the weekly simulation sessions',
};
export const LIKED = 'the regional anesthesia curriculum';
/** The letter-of-interest template, filled from the records above and LIKED. */
export const LOI_OPENING = 'I am writing to share my continued interest in Northlake Health Anesthesiology.';
export const LOI_LIKED = `What I value most is ${LIKED}.`;
export const LOI_SUBJECT =
  'Letter of interest: Northlake Health Anesthesiology – Maya Okafor (AAMC ID 14820573)';
/** Template placeholders that must never reach a draft. */
export const TEMPLATE_MARKUP = /\{\{|\}\}|\[\[|\]\]/;
