/**
 * Resolves the raw Context into what rules ask for: the recipient program (named, or found from the To:
 * domains), the programs a draft could mention, and the Match phase of `today`. Anything unknown stays
 * undefined so context rules stay silent instead of guessing.
 */
import { isIsoDate, type MatchCycle, type MatchPhase, phaseOn } from '../calendar/match-calendar';
import type { Context, PersonName, ProgramInfo } from './types';

export interface ResolvedContext {
  raw: Context;
  programs: ProgramInfo[];
  recipient?: ProgramInfo;
  today?: string;
  cycle?: MatchCycle;
  phase?: MatchPhase;
}

export function domainOf(address: string): string | null {
  const m = /@([^\s@>]+)\s*>?\s*$/.exec(address.trim());
  return m ? m[1]!.toLowerCase().replace(/\.$/, '') : null;
}

/** The program whose domains include the address's domain (or a parent domain of it). */
export function programForAddress(address: string, programs: ProgramInfo[]): ProgramInfo | undefined {
  const domain = domainOf(address);
  if (!domain) return undefined;
  return programs.find((p) =>
    (p.domains ?? []).some((d) => {
      const dd = d.toLowerCase().replace(/^@/, '');
      return domain === dd || domain.endsWith(`.${dd}`);
    }),
  );
}

export function programByName(name: string, programs: ProgramInfo[]): ProgramInfo | undefined {
  const key = name.trim().toLowerCase();
  return programs.find(
    (p) => p.name.toLowerCase() === key || (p.aliases ?? []).some((a) => a.toLowerCase() === key),
  );
}

export function personName(p: string | PersonName | undefined): string | undefined {
  if (!p) return undefined;
  return typeof p === 'string' ? p : p.name;
}

export function resolveContext(ctx: Context = {}): ResolvedContext {
  const programs = Array.isArray(ctx.programs)
    ? ctx.programs.filter((p) => p && typeof p.name === 'string')
    : [];
  let recipient: ProgramInfo | undefined;
  if (ctx.recipientProgram) {
    recipient = programByName(ctx.recipientProgram, programs) ?? { name: ctx.recipientProgram };
  } else {
    for (const addr of ctx.to ?? []) {
      recipient = programForAddress(addr, programs);
      if (recipient) break;
    }
  }
  const today = isIsoDate(ctx.today) ? ctx.today : undefined;
  const when = today ? phaseOn(today) : null;
  return {
    raw: ctx,
    programs,
    recipient,
    today,
    cycle: when?.cycle,
    phase: when?.phase,
  };
}
