/** What every section of the options page gets from the page. */
import type { Records } from '../../records';

export interface SectionProps {
  /** The records as last read from storage (kept fresh when another part of MatchMail writes). */
  records: Records;
  /** Says something in the page's polite live region ("Profile saved."). */
  announce(message: string): void;
  /** Reads storage again (after a write; storage events also do this). */
  refresh(): Promise<void>;
  /** Tells the page a section holds unsaved input, so leaving the page asks first. */
  setDirty(section: string, dirty: boolean): void;
}

export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** "1 program", "3 programs". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Moves focus to an element once Preact has rendered it. */
export function focusSoon(get: () => HTMLElement | null | undefined): void {
  setTimeout(() => get()?.focus(), 0);
}
