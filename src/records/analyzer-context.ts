/**
 * What the extension hands the analyzer for one compose window: the stored records plus what the compose
 * itself knows (recipients, subject, today, the quoted thread). The recipient program is left for the
 * analyzer to resolve from the To: domains, so the CLI and the extension resolve it the same way.
 */
import type { LedgerEntry as AnalyzerLedgerEntry, Context, ProgramInfo } from '../analyzer/types';
import type { Program, Records, Settings } from './schemas';

export interface ComposeInfo {
  to?: string[];
  cc?: string[];
  subject?: string;
  /** YYYY-MM-DD in the applicant's time zone (see localIsoDate). */
  today?: string;
  /** The quoted message being answered, when the webmail keeps it apart from the draft. */
  thread?: string;
  isReply?: boolean;
}

export function toAnalyzerContext(records: Records, compose: ComposeInfo): Context {
  const ctx: Context = {
    profile: { ...records.profile },
    programs: records.programs.map(programInfo),
    ledger: records.ledger.map(
      (e): AnalyzerLedgerEntry => ({
        program: e.program,
        kind: e.kind,
        date: e.date,
        ...(e.subject !== undefined ? { subject: e.subject } : {}),
      }),
    ),
    disabledRules: [...records.settings.disabledRules],
  };
  if (compose.to) ctx.to = [...compose.to];
  if (compose.cc) ctx.cc = [...compose.cc];
  if (compose.subject !== undefined) ctx.subject = compose.subject;
  if (compose.today !== undefined) ctx.today = compose.today;
  if (compose.thread !== undefined) ctx.thread = compose.thread;
  if (compose.isReply !== undefined) ctx.isReply = compose.isReply;
  return ctx;
}

/** The analyzer's view of a program; "liked" and "status" are the applicant's notes, not rule input. */
function programInfo(p: Program): ProgramInfo {
  const info: ProgramInfo = { name: p.name };
  if (p.aliases) info.aliases = [...p.aliases];
  if (p.domains) info.domains = p.domains.map((d) => d.replace(/^@/, ''));
  if (p.programDirector) info.programDirector = { ...p.programDirector };
  if (p.coordinator) info.coordinator = { ...p.coordinator };
  if (p.specialty !== undefined) info.specialty = p.specialty;
  if (p.city !== undefined) info.city = p.city;
  if (p.affiliates) info.affiliates = [...p.affiliates];
  if (p.interviewDate !== undefined) info.interviewDate = p.interviewDate;
  if (p.policy) info.policy = { ...p.policy };
  return info;
}

/** Whether to analyse this compose at all: the master switch, then the per-email switch. */
export function isCheckingOn(settings: Settings, composeKey: string | undefined): boolean {
  if (!settings.enabled) return false;
  return !(composeKey && settings.disabledEmails.includes(composeKey));
}

/** Today's date where the applicant is (not UTC: an evening email is still today's). */
export function localIsoDate(d: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
