/** What a card says about a rule, from the rule file: headline, one plain sentence, and what to write. */
export interface RuleWords {
  title: string;
  /** At most 25 words (checked by tests/unit/rule-conventions.test.ts). */
  summary: string;
  tryInstead?: string;
  category: string;
}

export type WordsFor = (ruleId: string) => RuleWords | undefined;

/** The rule the program-message notice stands for (the program asked how you will rank it). */
export const PROGRAM_ASKED_RULE = 'program-asked-rank';
/** The reply template offered by that notice. */
export const DECLINE_TEMPLATE = 'reply-rank-question';

/** A short quote for an accessible name ("Show 'tell me how highly…' in draft"). */
export function shortQuote(text: string, max = 32): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
}
