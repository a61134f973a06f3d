import type { CompiledRule } from '../analyzer/catalogue';

/** What a card says about a rule, from the rule file: headline, one plain sentence, and what to write. */
export interface RuleWords {
  title: string;
  /** At most 25 words (checked by tests/unit/rule-conventions.test.ts). */
  summary: string;
  tryInstead?: string;
  category: string;
}

export type WordsFor = (ruleId: string) => RuleWords | undefined;

const wordsByCatalogue = new WeakMap<readonly CompiledRule[], WordsFor>();

/** A catalogue's card words by rule id, read once per catalogue (the tab's engine and the worker's). */
export function wordsOfCatalogue(catalogue: readonly CompiledRule[]): WordsFor {
  let words = wordsByCatalogue.get(catalogue);
  if (!words) {
    const byId = new Map<string, RuleWords>(
      catalogue.map((r) => [
        r.id,
        {
          title: r.spec.title,
          summary: r.spec.summary ?? r.spec.message,
          tryInstead: r.spec.tryInstead,
          category: r.spec.category,
        },
      ]),
    );
    words = (id) => byId.get(id);
    wordsByCatalogue.set(catalogue, words);
  }
  return words;
}

/** The rule the program-message notice stands for (the program asked how you will rank it). */
export const PROGRAM_ASKED_RULE = 'program-asked-rank';
/** The reply template offered by that notice. */
export const DECLINE_TEMPLATE = 'reply-rank-question';

/** A short quote for an accessible name ("Show 'tell me how highly…' in draft"). */
export function shortQuote(text: string, max = 32): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
}
