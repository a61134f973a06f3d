/**
 * The shape of a rule file (rules/<id>.yml), declared once with valibot so a malformed file is rejected
 * with its file name and the field at fault. Rule *kinds* are engine code (src/analyzer/kinds/*);
 * a new rule is a new data file.
 */
import * as v from 'valibot';
import { SENTENCE_LABELS } from './sentence/labels';
import { DRAFT_KINDS, SEVERITIES } from './types';

const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const kindList = v.array(v.picklist(DRAFT_KINDS, `must be one of ${DRAFT_KINDS.join(', ')}`));

/** Sentence-level regex sources; `{gap:N}` expands to "up to N words", see src/analyzer/regex.ts. */
const regexList = v.pipe(v.array(nonEmpty), v.minLength(1, 'needs at least one entry'));

const PHASES = [
  'applications',
  'interviews',
  'ranking',
  'after-rank-deadline',
  'match-week',
  'after-match',
] as const;

export const UNITS = ['sentence', 'paragraph', 'draft', 'greeting', 'signoff'] as const;

const PhraseMatch = v.strictObject({
  kind: v.literal('phrases'),
  phrases: v.pipe(v.array(nonEmpty), v.minLength(1, 'needs at least one phrase')),
  unless: v.optional(regexList),
  unit: v.optional(v.picklist(UNITS)),
  minCount: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
});

const RegexMatch = v.strictObject({
  kind: v.literal('regex'),
  patterns: regexList,
  /** Every one of these must also match the same unit. */
  all: v.optional(regexList),
  /** The unit is skipped when any of these match it. */
  unless: v.optional(regexList),
  unit: v.optional(v.picklist(UNITS)),
  caseSensitive: v.optional(v.boolean()),
  /** Fire only when the whole draft holds at least this many matches. */
  minCount: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  /**
   * A context check (src/analyzer/checks) whose hits also report for this rule: what the patterns cannot know,
   * such as another program on the applicant's list named in a sentence.
   */
  check: v.optional(nonEmpty),
});

const PatternMatch = v.strictObject({
  kind: v.literal('pattern'),
  /** compromise match syntax, e.g. "(beg|plead) you" */
  patterns: v.pipe(v.array(nonEmpty), v.minLength(1, 'needs at least one pattern')),
  unless: v.optional(regexList),
  /** Cheap regex a sentence must match before compromise is asked (keeps NLP off the hot path). */
  prefilter: v.optional(nonEmpty),
});

export const METRICS = [
  'draft-words',
  'paragraph-words',
  'sentence-words',
  'exclamations',
  'shouting',
] as const;

const MetricMatch = v.strictObject({
  kind: v.literal('metric'),
  metric: v.picklist(METRICS, `must be one of ${METRICS.join(', ')}`),
  max: v.pipe(v.number(), v.minValue(0)),
  maxByKind: v.optional(v.record(v.picklist(DRAFT_KINDS), v.number())),
  /** Words that never count (acronyms for `shouting`). */
  allow: v.optional(v.array(nonEmpty)),
  /** For `shouting`: short words that count even under `minLetters` (VERY, MUST, NOT). */
  emphasis: v.optional(v.array(nonEmpty)),
  /**
   * For `shouting`: short words that are shouting only before certain words, because alone they are also
   * acronyms (NO before "doubt" is emphasis, inhaled NO is nitric oxide). Keys in capitals, words in lower case.
   */
  emphasisBefore: v.optional(v.record(v.string(), v.array(nonEmpty))),
  /** For `shouting`: capitalised words at least this long count unless allowed (acronyms are short). */
  minLetters: v.optional(v.pipe(v.number(), v.integer(), v.minValue(2))),
});

const ContextMatch = v.strictObject({
  kind: v.literal('context'),
  check: nonEmpty,
  params: v.optional(v.record(v.string(), v.unknown())),
});

const Example = v.union([
  nonEmpty,
  v.strictObject({
    text: nonEmpty,
    /** Partial Context (JSON) the example needs, e.g. programs or today. */
    context: v.optional(v.record(v.string(), v.unknown())),
    note: v.optional(v.string()),
  }),
]);

const probability = v.pipe(v.number(), v.minValue(0.05), v.maxValue(0.999));

/**
 * What a sentence must do for the rule to fire, read by the sentence layer (src/analyzer/sentence): a label
 * and the probability from which the rule reports at its own severity. An error rule may also report a
 * warning from `warnFrom`: likely enough to mention, not certain enough to stop a send. The rule's `unless`
 * patterns still guard these findings; its patterns still fire on their own.
 */
const Intent = v.pipe(
  v.strictObject({
    label: v.picklist(SENTENCE_LABELS, `must be one of ${SENTENCE_LABELS.join(', ')}`),
    min: probability,
    warnFrom: v.optional(probability),
    /**
     * What the sentence must name for the rule to be about it: every entry must match the sentence (or the
     * pair of sentences read together). A model that reads intent still needs the topic on the page: a
     * humble "may I ask for your help" is no request for a commitment.
     */
    about: v.optional(regexList),
  }),
  v.check((i) => i.warnFrom === undefined || i.warnFrom < i.min, 'warnFrom must be below min'),
);

export const RuleFileSchema = v.strictObject({
  id: v.optional(nonEmpty),
  severity: v.picklist(SEVERITIES, `must be one of ${SEVERITIES.join(', ')}`),
  category: v.picklist(
    ['match-policy', 'honesty', 'personalization', 'tone', 'length', 'timing', 'program-message'],
    'must be one of match-policy, honesty, personalization, tone, length, timing, program-message',
  ),
  title: nonEmpty,
  message: nonEmpty,
  /**
   * The card's one plain sentence (at most 25 words, no placeholders): what is wrong and what to do. The long
   * `message` stays for the command line and the "Why?" disclosure.
   */
  summary: v.optional(nonEmpty),
  /** A sentence to write instead, in our own words and naming no program; offered as a one-click rewrite. */
  tryInstead: v.optional(nonEmpty),
  why: nonEmpty,
  source: v.strictObject({
    title: nonEmpty,
    url: v.pipe(v.string(), v.url('must be a URL'), v.startsWith('https://', 'must be an https link')),
  }),
  /** `program-message` rules read the quoted message the applicant is replying to, not the draft. */
  scope: v.optional(v.picklist(['author', 'program-message'])),
  /**
   * Also read the sign-off and the signature block (after "-- "): for what must not be in the email at all,
   * wherever the applicant typed it (an ID number under their name).
   */
  readsSignature: v.optional(v.boolean()),
  kinds: v.optional(kindList),
  notKinds: v.optional(kindList),
  /** Context fields the rule needs; without them it stays silent. */
  needs: v.optional(
    v.array(v.picklist(['programs', 'recipientProgram', 'profile', 'ledger', 'today', 'subject', 'to'])),
  ),
  /** Match phases (src/calendar) in which the rule applies; needs `today`, silent without it. */
  phases: v.optional(v.array(v.picklist(PHASES))),
  /** Match phases in which the rule stays silent, when `today` tells the phase (applies without it). */
  notPhases: v.optional(v.array(v.picklist(PHASES))),
  /**
   * Error findings are reported as warnings while the recipient's interview on record is still ahead: before an
   * interview there is no standing to ask about, and "whether I'm still being considered" asks about the
   * application (set AJ).
   */
  milderBeforeInterview: v.optional(v.boolean()),
  /**
   * Before any interview with the recipient (the one on record still ahead, or the draft saying the applicant is
   * still waiting for an invitation or a decision), a finding stands only where its sentence names one of these:
   * "I need to know where I stand with you by Friday" then asks about the application, not a rank list (sets BT,
   * BU). See src/analyzer/before-interview.ts.
   */
  beforeInterviewNeeds: v.optional(regexList),
  match: v.variant('kind', [PhraseMatch, RegexMatch, PatternMatch, MetricMatch, ContextMatch]),
  intent: v.optional(Intent),
  /**
   * The rule stays silent on the whole draft when any of these match anywhere in the author's text: facts
   * that change what every sentence means ("I matched at your program" makes "see you at orientation" right).
   */
  unlessDraft: v.optional(regexList),
  /**
   * Rules this one contains: where this rule's finding overlaps theirs at the same or a higher severity,
   * theirs is dropped, so one sentence gets one card naming the whole problem ("if you assure me a place,
   * I'll rank you first" is a conditional deal, not also a separate request and rank question).
   */
  subsumes: v.optional(v.array(v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'a rule id')))),
  /**
   * Rules whose milder reading of the same words this one's finding makes noise: where this rule's finding
   * overlaps theirs at a strictly higher severity, theirs is dropped ("so it would help to know before I finalize
   * my list whether I'm in the running": the rank question is the error; a conditional-ranking warning on the
   * same sentence only repeats it). At equal severity both stay: each names a problem the writer meant.
   */
  subsumesMilder: v.optional(v.array(v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'a rule id')))),
  examples: v.strictObject({
    fire: v.pipe(v.array(Example), v.minLength(3, 'needs at least 3 examples that fire')),
    pass: v.pipe(v.array(Example), v.minLength(3, 'needs at least 3 near-misses that pass')),
  }),
});

export type RuleFile = v.InferOutput<typeof RuleFileSchema>;
export type RuleExample = RuleFile['examples']['fire'][number];
export type RuleMatch = RuleFile['match'];
