/** Shared types of the pure core. Nothing here touches the DOM or I/O. */

export type Severity = 'error' | 'warning' | 'suggestion';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'suggestion'];

export type DraftKind =
  | 'pre-interview-interest'
  | 'thank-you'
  | 'update'
  | 'letter-of-interest'
  | 'letter-of-intent'
  | 'reply-to-program'
  | 'other';
export const DRAFT_KINDS: readonly DraftKind[] = [
  'pre-interview-interest',
  'thank-you',
  'update',
  'letter-of-interest',
  'letter-of-intent',
  'reply-to-program',
  'other',
];

export interface PersonName {
  name: string;
  title?: string;
}

export interface ProgramPolicy {
  noPostInterviewCommunication?: boolean;
  /** Where the program stated it (URL or words), shown to the user. */
  source?: string;
}

export interface ProgramInfo {
  name: string;
  aliases?: string[];
  domains?: string[];
  /** A plain full name ("Evelyn Marsh") or a record with a title. */
  programDirector?: string | PersonName;
  coordinator?: string | PersonName;
  specialty?: string;
  city?: string;
  /** The program's own hospitals: naming one is not naming another program. */
  affiliates?: string[];
  interviewDate?: string;
  policy?: ProgramPolicy;
}

export interface Profile {
  name?: string;
  aamcId?: string;
  school?: string;
  specialty?: string;
  [key: string]: unknown;
}

export interface LedgerEntry {
  program: string;
  kind: DraftKind | string;
  date?: string;
  subject?: string;
}

/** Everything outside the draft text that rules may use. Every field is optional. */
export interface Context {
  /** YYYY-MM-DD, the date the draft is written. */
  today?: string;
  recipientProgram?: string;
  subject?: string;
  to?: string[];
  cc?: string[];
  profile?: Profile;
  programs?: ProgramInfo[];
  ledger?: LedgerEntry[];
  /** The quoted message the draft replies to, when the webmail keeps it apart from the draft. */
  thread?: string;
  /** True when the draft is a reply (Re: subject, quoted thread, or the webmail says so). */
  isReply?: boolean;
  /** Rule ids the user turned off. */
  disabledRules?: string[];
}

/** Where a finding's offsets point: the author's draft, or the separately supplied thread text. */
export type FindingTarget = 'draft' | 'thread';

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  why: string;
  source: { title: string; url: string };
  /** 1-based line and column of `start` in the text `target` names. */
  line: number;
  column: number;
  /** UTF-16 offsets into the draft body (or into context.thread when target is 'thread'). */
  start: number;
  end: number;
  excerpt: string;
  target: FindingTarget;
}

export interface Report {
  kind: DraftKind;
  findings: Finding[];
  /** Rules that threw; the others still ran. */
  failedRules?: { ruleId: string; error: string }[];
  /** Set when the draft was too long to read whole: text rules read up to this offset. */
  truncatedAt?: number;
}
