/** Where the draft says the program will be ranked first: the sentence a letter of intent stands on. */
import { normalize, toOriginalSpan } from '../normalize';
import type { Span, TextModel } from '../text-model';

const FIRST = String.raw`(?:first|1st|#\s?1|number\s*(?:one|1)|no\.\s?1|at\s+the\s+(?:very\s+)?top|on\s+top|highest)`;
/** "top three", "first few": a group, not the single first place. */
const NOT_GROUP = String.raw`(?!\s*(?:three|3|five|5|ten|10|few|several|two|2|four|4|half|quarter|tier|percent|%)\b)`;

/** "the first thing I noticed", "first author": an ordinal, not a place on a list. */
const NOT_ORDINAL = String.raw`(?!\s+(?:thing|things|time|day|days|year|week|month|rotation|step|steps|impression|author|name|person|one\s+to|in\s+line|of\s+all|hand)\b)`;

const FIRST_CHOICE = [
  // "rank / list / place / put your program first", "ranking Copperfield Medical Center at the very top"
  new RegExp(
    String.raw`\b(?:rank|list|place|put)(?:ing|ed|s)?\s+(?:[^.!?\n,;]{0,60}?\s)?${FIRST}\b${NOT_GROUP}${NOT_ORDINAL}(?!\s+(?:in|among|of)\s+(?:my|our|the|his|her|their)\s+(?:class|cohort|year|school|exam|competition|batch|state|country|nation)\b)`,
    'i',
  ),
  // "you are my first choice", "my number-one program"; not "one of my top choices"
  // ("the first program I interviewed at" is history, so "the" only goes with choice and pick)
  /(?<!one of )\b(?:my\s+(?:clear\s+|absolute\s+|true\s+|very\s+|definite\s+|undisputed\s+|unequivocal\s+)?(?:first|top|#\s?1|number[\s-]*(?:one|1)|no\.\s?1)\s+(?:choice|pick|program|option|preference)|the\s+(?:clear\s+|absolute\s+|true\s+)?(?:first|top|#\s?1|number[\s-]*(?:one|1))\s+(?:choice|pick)\s+(?:for\s+me|on\s+my|in\s+my))(?!s)\b/i,
  // "Detroit Riverside will be my number one." (set EN): the number one standing alone at the end of its clause
  /\b(?:will\s+be|is|remains|are|be)\s+my\s+(?:clear\s+|absolute\s+|very\s+|undisputed\s+)?(?:number[\s-]*(?:one|1)|#\s?1|no\.\s?1)(?=\s*(?:[.!,;:]|$))/i,
  // "first on my rank order list", "number one on my list", "the first program on my rank order list" (set BX),
  // "will occupy the first position on my rank order list" (set DZ)
  new RegExp(
    String.raw`\b${FIRST}\s+(?:(?:program|programme|residency|choice|name|place|position|spot|slot|entry)\s+)?(?:on|of|in)\s+my\s+(?:final\s+)?(?:rank(?:\s+order)?\s+|match\s+)?list\b(?!\s+of\b)`,
    'i',
  ),
];

/** "ranked first in my class", "put patients first": first place, but not on a rank order list. */
const NOT_RANKING =
  /\b(?:put|putting|puts|place|placing|places)\s+(?:the\s+)?(?:patients?|safety|family|families|others|people|learning|education|wellness|teaching|residents?)\s+first\b|\b(?:ranked|placed|finished|came)\s+(?:first|1st|#\s?1|number\s+one)\s+(?:in|among|at|of)\b|\blist(?:ed|s)?\s+first\s+(?:author|name)\b/i;

/** "among the programs at the very top of my list", "one of the few I will rank at the top": a group, not first. */
const IN_A_GROUP = /\b(?:among|amongst|one\s+of|alongside|together\s+with)\b[^.!?;,]{0,50}$/i;

/**
 * A first place named inside a condition is offered, not given: "that there will be a place for me at Kalamazoo River
 * if I put you at the top of my list" (set DV, a letter of interest asking for a commitment).
 */
const CONDITION = String.raw`\b(?:if|were|should|provided(?:\s+that)?|as\s+long\s+as|on\s+the\s+condition\s+that|in\s+exchange\s+for|in\s+return\s+for)\s+(?:I|we)\s`;
const CONDITION_BEFORE = new RegExp(String.raw`${CONDITION}(?:\w+\s+){0,2}$`, 'i');
const CONDITION_INSIDE = new RegExp(CONDITION, 'i');

/**
 * A first place that was, not is: "Millbrook was my first choice for the transitional year" in a Match Week
 * message after the results (set DZ). "You were always my first choice" still is, and so is a sentence that
 * says it still holds ("was my first choice and remains so").
 */
const PAST_BEFORE = /\b(?:was|were|had\s+been)\s+(?:(?:originally|initially|once|also)\s+)?$/i;
/** The rest of its clause, or the clause after it, saying it still holds: "and remains so", ", and it still is". */
const STILL_HOLDS =
  /^(?:[^,;]*?\b(?:still|remains?|now|will|is|are|am)\b|\s*,?\s*(?:and|but)\s+(?:(?:it|you|that|this|so)\s+)?(?:still|remains?|is|are|will|always)\b)/i;

function inThePast(text: string, index: number, matched: string): boolean {
  return (
    PAST_BEFORE.test(text.slice(Math.max(0, index - 40), index)) &&
    !STILL_HOLDS.test(text.slice(index + matched.length))
  );
}

/** Whether the first place matched at `index` ("…place for me … if I put you at the top") sits in a condition. */
function inACondition(text: string, index: number, matched: string): boolean {
  return CONDITION_BEFORE.test(text.slice(Math.max(0, index - 80), index)) || CONDITION_INSIDE.test(matched);
}

export function firstChoiceSpan(model: TextModel): Span | null {
  for (const p of model.paragraphs) {
    if (p.role !== 'body') continue;
    for (const s of p.sentences) {
      const n = normalize(s.text);
      if (NOT_RANKING.test(n.text)) continue;
      for (const re of FIRST_CHOICE) {
        const m = re.exec(n.text);
        if (
          m &&
          !IN_A_GROUP.test(n.text.slice(0, m.index)) &&
          !inACondition(n.text, m.index, m[0]) &&
          !inThePast(n.text, m.index, m[0])
        ) {
          const span = toOriginalSpan(n, m.index, m.index + m[0].length);
          return { start: s.start + span.start, end: s.start + span.end };
        }
      }
    }
  }
  return null;
}
