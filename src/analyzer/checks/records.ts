/** Checks against what the applicant already sent, who the email goes to, and the applicant's own record. */
import { programByName, programForAddress } from '../context';
import { normalize, toOriginalSpan } from '../normalize';
import { lowerForLiterals, mayMatch } from '../required-literals';
import { type Paragraph, sentenceTextAt } from '../text-model';
import type { ProgramInfo } from '../types';
import { clearFinished, completedAheadOfDate } from './completion-dates';
import { firstChoiceSpan } from './first-choice';
import { ONE_YEAR_PROGRAM } from './names';
import type { Check, CheckHit } from './types';
import { wholeDraft } from './types';

const LETTER_OF_INTENT = /\bletter\s+of\s+intent\b/i;

/**
 * An applicant to advanced positions certifies two rank lists: the primary one (advanced and categorical programs)
 * and a supplemental one for the preliminary or transitional year before. Each has its own first place, so a letter
 * of intent to a preliminary program beside one to an advanced program is no second letter: "I will rank the
 * Allegheny Highlands preliminary general surgery program first on my supplemental rank order list" after a letter
 * of intent to an anesthesiology program (set DJ).
 */
const SUPPLEMENTAL_CLAIM =
  /\bsupplemental\s+(?:rank\s+(?:order\s+)?)?list\b|\b(?:preliminary|prelim|transitional)\s+(?:[\w-]+\s+){0,3}?(?:program|programme|year|position|track|residency|internship)\b/i;

/** Whether a program, by its record, fills the supplemental list's one-year positions. */
function oneYearProgram(p: ProgramInfo | undefined, name: string): boolean {
  return [name, p?.name, p?.specialty, ...(p?.aliases ?? [])].some(
    (n) => typeof n === 'string' && ONE_YEAR_PROGRAM.test(n),
  );
}

export const duplicateLetterOfIntent: Check = ({ model, kind, ctx }) => {
  const recipient = ctx.recipient;
  const ledger = Array.isArray(ctx.raw.ledger) ? ctx.raw.ledger : [];
  if (!recipient || ledger.length === 0) return [];
  const claim = firstChoiceSpan(model);
  // The classifier's "letter of intent" alone is not enough ("I ranked first in my class"): the draft must
  // say it will rank the program first, or call itself a letter of intent.
  const named = LETTER_OF_INTENT.test(
    `${ctx.raw.subject ?? ''}\n${model.paragraphs.map((p) => p.text).join('\n')}`,
  );
  if (!claim && !(kind === 'letter-of-intent' && named)) return [];
  const key = (name: string) => (programByName(name, ctx.programs)?.name ?? name).trim().toLowerCase();
  const own = key(recipient.name);
  // Which list this letter puts the program first on: the recipient's record, or the sentence that ranks it.
  const claimSentence = claim ? sentenceTextAt(model.paragraphs, claim.start) : '';
  const supplemental = oneYearProgram(recipient, recipient.name) || SUPPLEMENTAL_CLAIM.test(claimSentence);
  const earlier = ledger.find(
    (e) =>
      e &&
      e.kind === 'letter-of-intent' &&
      typeof e.program === 'string' &&
      key(e.program) !== own &&
      oneYearProgram(programByName(e.program, ctx.programs), e.program) === supplemental,
  );
  if (!earlier) return [];
  const at = claim ?? wholeDraft(model);
  return [
    { ...at, vars: { earlier: earlier.program, date: earlier.date ?? 'earlier', recipient: recipient.name } },
  ];
};

export const massEmailRecipients: Check = ({ model, ctx }) => {
  const addresses = [...(ctx.raw.to ?? []), ...(ctx.raw.cc ?? [])].filter(
    (a): a is string => typeof a === 'string',
  );
  const names = new Set<string>();
  for (const a of addresses) {
    const p = programForAddress(a, ctx.programs);
    if (p) names.add(p.name);
  }
  if (names.size < 2) return [];
  return [{ ...wholeDraft(model), vars: { programs: [...names].join(', '), count: String(names.size) } }];
};

export const missingSubject: Check = ({ model, ctx }) => {
  const s = ctx.raw.subject;
  if (typeof s !== 'string' || s.trim() !== '') return [];
  return [wholeDraft(model)];
};

/** A phone's footer line ("Sent from my iPhone"). */
const SENT_FROM = /^sent\s+from\s+my\s+[\p{L}\d ]{2,30}$/iu;

/**
 * A draft signed with only a name and no closing line ("- leena", "Jordan Rivera"): the last paragraph, after
 * at least one body paragraph, is one or two short lines that read as a name, not as a sentence being typed.
 */
/** A short parting line typed in place of a closing ("see u then", "thx!!", "talk soon"). */
const PARTING =
  /^(?:see\s+(?:u|you|ya)(?:\s+(?:then|soon|there|tomorrow|next\s+\w+|on\s+\w+))?|thx|thanks?(?:\s+(?:again|so\s+much|a\s+lot))?|thank\s+(?:u|you)(?:\s+(?:again|so\s+much))?|ty|cheers|talk\s+soon|take\s+care|later|ttyl)[\s!.,:)]*$/i;

/** Words a phone-typed last line can be that are not a name. */
const NOT_A_NAME = new Set(
  'thanks thank thx ty tysm cheers bye best regards ok okay yes no sorry later asap pls please plz hi hey hello sincerely respectfully xoxo lol'.split(
    ' ',
  ),
);

function bareNameSignoff(paragraphs: Paragraph[], profileName: unknown): Paragraph | undefined {
  // A phone's "Sent from my iPhone" after the name is not the sign-off.
  const own = paragraphs.filter((p) => !SENT_FROM.test(p.text.trim()));
  const last = own[own.length - 1];
  if (last?.role !== 'body' || !own.some((p) => p !== last && p.role === 'body')) return undefined;
  // "tyler\nsent from my phone": the phone's line under the name is not part of it (set BD).
  const lines = last.text
    .split('\n')
    .map((l) => l.trim())
    .filter((l, i) => i === 0 || !SENT_FROM.test(l));
  // The name's line is short; a second line may be a school or a title ("Keystone College of Medicine, MS4").
  if (lines.length > 2 || lines[0]!.length > 40 || (lines[1]?.length ?? 0) > 70) return undefined;
  // The name is the first line ("Jordan Rivera\nClass of 2027") or, after a parting word, the last ("see u soon!!\nnadia").
  const named = (line: string) =>
    typeof profileName === 'string' &&
    profileName
      .toLowerCase()
      .split(/\s+/)
      .some((t) =>
        line
          .toLowerCase()
          .split(/[^\p{L}]+/u)
          // "sam" for Samira: a short form of a name signs it too.
          .some(
            (w) => (t.length >= 2 && w === t) || (w.length >= 3 && t.length > w.length && t.startsWith(w)),
          ),
      );
  const first = lines[0]!;
  const known =
    named(first) ||
    (lines.length === 2 &&
      /^\p{L}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,2}$/u.test(lines[1]!) &&
      named(lines[1]!));
  // "see u then\ntyler": a parting word, then one or two words of a name, whoever's (set BA).
  const parted =
    lines.length === 2 &&
    PARTING.test(first) &&
    /^\p{L}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*)?$/u.test(lines[1]!);
  // "…pls let me know asap\n\njake": a phone's lower-case first name alone on the last line (set AZ).
  const lowerName = lines.length === 1 && /^[a-z][a-z'’-]{1,14}$/.test(first) && !NOT_A_NAME.has(first);
  const dashed = /^[-–—~]\s*\p{L}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,2}$/u.test(first);
  const nameCase =
    /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$/u.test(first) &&
    !/^(?:I|Also|And|But|The|So|Thanks?|Best)\b/.test(first);
  return known || parted || lowerName || dashed || nameCase ? last : undefined;
}

/** An AAMC (or ERAS) ID with its number: a label left empty ("AAMC ID:" and nothing after, set AC) is not one. */
const AAMC =
  /\bAAMC\b[^\n]{0,20}?\d{7,9}|\b(?:AAMC|ERAS)[\s-]*(?:ID|#|No\b|number)\b[^\n\d]{0,12}(?:\n[^\S\n]*)?\d/i;

/**
 * The sign-off carries no AAMC ID. Only once the applicant has signed off (a half-written draft is not
 * missing anything yet), and not when the ID is already in the subject or the body.
 */
export const missingAamcId: Check = ({ model, ctx }) => {
  let signoff = model.paragraphs.filter((p) => p.role === 'signoff');
  if (signoff.length === 0) {
    const bare = bareNameSignoff(model.paragraphs, ctx.raw.profile?.name);
    if (bare) signoff = [bare];
  }
  if (signoff.length === 0) {
    // Unsigned but sent from a phone ("…thx\n\nSent from my iPhone"): the draft is finished.
    const last = model.paragraphs[model.paragraphs.length - 1];
    if (
      last &&
      SENT_FROM.test(last.text.trim()) &&
      model.paragraphs.some((p) => p.role === 'body' && p !== last)
    )
      signoff = [last];
  }
  if (signoff.length === 0 && !model.signature) return [];
  const id = typeof ctx.raw.profile?.aamcId === 'string' ? ctx.raw.profile.aamcId.replace(/\D/g, '') : '';
  const seen = [
    ...model.paragraphs.map((p) => p.text),
    model.signature ? model.text.slice(model.signature.start, model.signature.end) : '',
    typeof ctx.raw.subject === 'string' ? ctx.raw.subject : '',
  ].join('\n');
  if (AAMC.test(seen)) return [];
  if (id.length >= 7 && seen.replace(/[\s-]/g, '').includes(id)) return [];
  const last = signoff[signoff.length - 1];
  const at: CheckHit = last ? { start: last.start, end: last.end } : wholeDraft(model);
  return [at];
};

/** Words before a status claim that make it future, hoped-for or conditional ("once I have passed Step 3"). */
const NOT_YET =
  /\b(?:will|would|shall|once|after|when|if|until|before|by\s+the\s+time|expect(?:ed|ing)?|anticipate[sd]?|hope|hoping|plan(?:ning)?|intend|aim|goal|scheduled|registered|pending|awaiting|soon|yet\s+to|not\s+yet|in\s+the\s+process|applied\s+for|on\s+track|working\s+toward|should|may|might|likely)\b/i;

/** "I would like to mention that I am certified": only the clause the claim is in can make it future. */
function lastClause(before: string): string {
  return before.split(/\b(?:that|and|but|so|because|since)\b|[,;:]/i).pop() ?? before;
}

/** Right after the claim: "… certified by March", "… Step 3 in April", "… (pending)". */
const SOON = String.raw`by|before|next|this\s+coming|expected|pending|soon|shortly`;
const LATER = new RegExp(
  String.raw`^\s*[,(]?\s*(?:${SOON}|in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|the\s+(?:spring|summer|coming)|a\s+few|\d))\b`,
  'i',
);
/** …but a month after a past tense dates what happened: "I passed USMLE Step 3 in October" (set CU). */
const LATER_ALWAYS = new RegExp(String.raw`^\s*[,(]?\s*(?:${SOON})\b`, 'i');
const PAST_TENSE = /\b(?:passed|completed|cleared|approved|received|granted|obtained|finished|became|got)\b/i;

/**
 * Status claims read as current. `pending`: the same draft saying elsewhere that the status is still to come ("my
 * ECFMG certificate should be issued in January"), which makes a claim of it as current contradict the email
 * itself. `needs`: words any match of `re` contains (one of them), looked up before the regex runs — the literal
 * reader's own answer for `re` (tests/unit/expected-as-current-claims.test.ts holds them equal), written out so
 * the engine does not carry the reader.
 */
export const CLAIMS: { field: string; claim: string; re: RegExp; pending: RegExp; needs: string[] }[] = [
  {
    field: 'ecfmgCertified',
    needs: ['certifi'],
    claim: 'ECFMG certification',
    pending:
      /\bECFMG\s+certifi(?:cate|cation)\s+(?:itself\s+|also\s+)?(?:should|will|is\s+(?:expected|scheduled|due|set)\s+to|is\s+still\s+(?:pending|being\s+processed|in\s+process)|is\s+pending)\b|\b(?:expect|anticipate|await|awaiting)\s+(?:to\s+(?:receive|get)\s+)?(?:my|the)\s+ECFMG\s+certifi(?:cate|cation)\b|\bECFMG\s+certifi(?:cate|cation)\s+(?:by|in|around)\s+(?:early\s+|mid-?\s*|late\s+)?(?:january|february|march|april|may|june|spring|summer)\b|\b(?:(?:Step\s*[12](?:\s*CK)?|OET)\s+(?:official\s+)?|official\s+)(?:score\s+)?(?:report|results?|score)\s+(?:will\s+be|should\s+be|is\s+(?:expected|scheduled|due)\s+to\s+be|are\s+(?:expected|due)\s+to\s+be)\s+(?:released|reported|out|available|posted)\b/i,
    re: /\bhaving\s+(?:now\s+|already\s+|recently\s+)?(?:obtained|received|earned|secured|got(?:ten)?|completed|achieved|finished)\s+(?:my\s+|the\s+)?ECFMG\s+certifi(?:cate|cation)\b|\b(?:I\s+am|I\s+have\s+been|I\s+became|I\s+got|as\s+an?)\s+(?:now\s+|fully\s+|already\s+|officially\s+|actually\s+|indeed\s+|finally\s+|also\s+){0,2}ECFMG[\s-]*certified\b|\bI\s+(?:have\s+)?(?:now\s+|already\s+|officially\s+){0,2}(?:received|obtained|earned|got|gotten|completed|achieved|hold|have)\s+(?:my\s+|the\s+|an\s+|full\s+)?ECFMG\s+certifi(?:cation|cate)\b|\bmy\s+ECFMG\s+certifi(?:cation|cate)\s+(?:is\s+(?:now\s+|already\s+|finally\s+|therefore\s+|thus\s+|also\s+){0,2}(?:complete|completed|done|issued|granted|approved|received|finished|in\s+hand)|was\s+(?:\w+\s+)?(?:issued|granted|approved|awarded|completed|received)|came\s+(?:through|in)|arrived|has\s+(?:now\s+|finally\s+)?(?:arrived|come\s+through|been\s+(?:issued|granted|approved|awarded|completed|received)))\b|\bI\s+am\s+(?:now\s+|already\s+){0,2}(?:fully|officially)\s+certified\b(?!\s+(?:in|for|as|to|by)\b)|\bwith\s+(?:my\s+|the\s+)?ECFMG\s+certifi(?:cation|cate)\s+(?:now\s+|already\s+|finally\s+){0,2}(?:in\s+hand|complete|completed|secured|done)\b/i,
  },
  {
    field: 'step3Passed',
    needs: [
      'approved',
      'passed',
      'complete',
      'cleared',
      'score',
      'result',
      'step',
      'exams',
      'examinations',
      'with',
      'behind',
      'having',
      'including',
    ],
    claim: 'a passed Step 3',
    pending:
      /\b(?:will\s+(?:take|sit\s+for)|am\s+(?:taking|sitting\s+for|scheduled\s+(?:for|to\s+take)|registered\s+for)|plan\s+to\s+take)\s+(?:USMLE\s+)?Step\s*(?:3|III)\b|\bStep\s*(?:3|III)\s+(?:results?|score)\s+(?:should|will|is\s+expected|are\s+expected|is\s+pending|are\s+pending)\b/i,
    re: /\bI\s+(?:have\s+|had\s+)?(?:now\s+|already\s+|successfully\s+|recently\s+|also\s+){0,2}(?:passed|completed|cleared)\s+(?:the\s+)?(?:USMLE\s+|COMLEX(?:-USA)?\s+(?:Level\s+)?)?(?:Step\s*(?:3|III)|Level\s*(?:3|III))\b|\bmy\s+(?:USMLE\s+)?Step\s*(?:3|III)\s+(?:score|result)\s+(?:of|is|was|came)\b|\b(?:USMLE\s+)?Step\s*(?:3|III)\s*(?::|-)\s*(?:pass(?:ed)?|\d{3})\b|\b(?:USMLE\s+)?Step\s*(?:3|III)\s+(?:exam\s+)?(?:is|was|has\s+been|got)\s+(?:now\s+|already\s+|also\s+|successfully\s+|finally\s+){0,2}(?:passed|completed|cleared|done|finished)\b|\bwith\s+(?:USMLE\s+)?Step\s*(?:3|III)\s+(?:now\s+|already\s+|also\s+|successfully\s+){0,2}(?:completed|passed|cleared|done)\b|\bI\s+am\s+(?:now\s+|already\s+|also\s+){0,2}(?:USMLE\s+)?Step\s*(?:3|III)\s+(?:passed|cleared|complete)\b|\ball\s+(?:three|3)\s+(?:USMLE\s+)?(?:Steps|exams|examinations)\s+(?:are|were|have\s+been)\s+(?:now\s+|already\s+|successfully\s+){0,2}(?:passed|completed|cleared|done)\b|\bI\s+(?:have\s+)?(?:now\s+|already\s+|successfully\s+){0,2}(?:passed|completed|cleared)\s+all\s+(?:three|3)\s+(?:USMLE\s+)?(?:Steps|exams|examinations)\b|\bI\s+(?:have\s+)?(?:now\s+|already\s+|successfully\s+){0,2}(?:passed|completed|cleared)\s+all\s+(?:the\s+)?(?:USMLE\s+|COMLEX\s+)?(?:Steps|exams|examinations|levels)\s*,?\s+including\s+(?:USMLE\s+)?Step\s*(?:3|III)\b|\bStep\s*(?:3|III)\b[^.!?]{0,60}?\bhaving\s+(?:now\s+|already\s+|successfully\s+){0,2}(?:passed|cleared|completed)\s+it\b|\b(?:took|sat\s+for|wrote)\s+(?:the\s+)?(?:USMLE\s+)?Step\s*(?:3|III)\b[^.!?]{0,60}?\band\s+(?:I\s+)?(?:have\s+)?(?:now\s+|already\s+|successfully\s+){0,2}passed\s+it\b|\bhaving\s+(?:now\s+|already\s+|successfully\s+|recently\s+|also\s+){0,2}(?:passed|cleared|completed)\s+(?:the\s+)?(?:USMLE\s+)?Step\s*(?:3|III)\b|\b(?:also|and|just|finally)\s+(?:passed|cleared)\s+(?:the\s+)?(?:USMLE\s+)?Step\s*(?:3|III)\b|\bI\s+(?:have\s+)?(?:now\s+|already\s+|also\s+){0,2}approved\s+(?:the\s+)?(?:USMLE\s+)?(?:exam\s+)?Step\s*(?:3|III)\b|\bwith\s+(?:[^.!?]{0,60}?\s+and\s+)?(?:USMLE\s+)?Step\s*(?:3|III)\s+(?:now\s+|already\s+|finally\s+){0,2}behind\s+me\b|\bStep\s*(?:3|III)\s+is\s+(?:now\s+|already\s+|finally\s+){0,2}behind\s+me\b|\bStep\s*(?:3|III)\b[^.!?]{0,80}?\b(?:that|this|the)\s+(?:requirement|exam|hurdle|box)\s+is\s+(?:now\s+|already\s+|finally\s+|officially\s+){0,2}(?:taken\s+care\s+of|out\s+of\s+the\s+way|behind\s+me|checked\s+off|ticked\s+off|done)\b/i,
  },
  {
    field: 'permanentResident',
    needs: [
      'permanent',
      'holder',
      'green',
      'approved',
      'granted',
      'issued',
      'finalized',
      'finalised',
      'complete',
      'through',
    ],
    claim: 'permanent residency',
    pending:
      /\b(?:green\s+card|permanent\s+residency|adjustment\s+of\s+status|I-485)\s+(?:application\s+|interview\s+)?(?:is\s+(?:still\s+)?pending|should\s+be\s+(?:approved|issued)|is\s+expected|will\s+be\s+(?:approved|issued))\b/i,
    re: /\b(?:I\s+am|I\s+have\s+been|I\s+became|as\s+an?|being\s+an?)\s+(?:now\s+|already\s+|officially\s+){0,2}(?:an?\s+)?(?:lawful\s+|U\.?S\.?\s+|US\s+)?(?:permanent\s+resident|green[\s-]card\s+holder)\b|\bI\s+(?:have\s+|had\s+)?(?:now\s+|already\s+|recently\s+){0,2}(?:have|hold|received|obtained|got|gotten)\s+(?:my\s+|a\s+|U\.?S\.?\s+)?(?:green\s+card|permanent\s+residency)\b|\bmy\s+(?:green\s+card|permanent\s+residency)\s+(?:was|is|has\s+been)\s+(?:now\s+|already\s+|finally\s+|officially\s+){0,2}(?:approved|granted|issued|finali[sz]ed|complete|completed|through)\b|\bmy\s+(?:green\s+card|permanent\s+residency)\s+(?:has\s+)?(?:now\s+|finally\s+){0,2}(?:come|came)\s+through\b/i,
  },
  {
    field: 'usCitizen',
    needs: ['citizen', 'naturalized'],
    claim: 'US citizenship',
    pending:
      /\b(?:naturali[sz]ation|citizenship)\s+(?:application\s+|interview\s+|oath\s+(?:ceremony\s+)?)?(?:is\s+(?:still\s+)?pending|is\s+scheduled|should\s+be\s+(?:approved|complete)|will\s+be\s+(?:approved|complete))\b|\boath\s+ceremony\s+is\s+(?:scheduled|set)\b/i,
    re: /\b(?:I\s+am|I\s+have\s+been|I\s+became|as\s+an?|being\s+an?)\s+(?:now\s+|already\s+|officially\s+|also\s+){0,2}(?:an?\s+)?(?:U\.?S\.?|US|United\s+States|American)\s+citizen\b|\bI\s+(?:have\s+|had\s+)?(?:now\s+|already\s+|recently\s+){0,2}(?:have|hold|received|obtained|gained|acquired)\s+(?:my\s+)?(?:U\.?S\.?\s+|US\s+|American\s+)?citizenship\b|\bI\s+(?:was|have\s+been)\s+(?:recently\s+)?naturalized\b/i,
  },
];

/** A status one sentence claims as current, offsets relative to the sentence. */
interface Claimed {
  claim: (typeof CLAIMS)[number];
  start: number;
  end: number;
}

/** Claims by sentence text: this check reads every sentence at every keystroke, and typing changes one. */
const CLAIMED = new Map<string, Claimed[]>();
const CLAIMED_MAX = 2000;

/** For a benchmark's cold run (resetSharedCaches). */
export function clearClaimed(): void {
  CLAIMED.clear();
  clearFinished();
}

function claimedIn(sentence: string): Claimed[] {
  const known = CLAIMED.get(sentence);
  if (known) return known;
  const found: Claimed[] = [];
  const n = normalize(sentence);
  const lower = lowerForLiterals(n.text);
  for (const claim of CLAIMS) {
    // Each claim's own literals first ("certifi", "citizen"…): most sentences name none.
    if (!mayMatch([claim.needs], lower)) continue;
    const m = claim.re.exec(n.text);
    if (!m) continue;
    // "As a US citizen" must be the applicant: only at the start of the sentence, or after a short lead-in and a
    // colon ("About my situation: as an ECFMG-certified graduate, …", set BZ).
    if (/^as\s|^being\s/i.test(m[0]) && !/^(?:[^,.;:!?]{0,40}:)?\s*$/.test(n.text.slice(0, m.index)))
      continue;
    if (
      NOT_YET.test(lastClause(n.text.slice(0, m.index))) ||
      NOT_YET.test(m[0]) ||
      (PAST_TENSE.test(m[0]) ? LATER_ALWAYS : LATER).test(n.text.slice(m.index + m[0].length))
    )
      continue;
    found.push({ claim, ...toOriginalSpan(n, m.index, m.index + m[0].length) });
  }
  if (CLAIMED.size >= CLAIMED_MAX) CLAIMED.clear();
  CLAIMED.set(sentence, found);
  return found;
}

/**
 * A status claimed as current that the profile says, or the email itself says elsewhere, is still pending
 * (NRMP asks for current, not expected, status); and training or a degree claimed as finished while the draft's
 * own dates put its end after today (completion-dates.ts).
 */
export const expectedAsCurrent: Check = ({ model, ctx }) => {
  const raw = (ctx.raw.profile as { status?: Record<string, unknown> } | undefined)?.status;
  const status = raw && typeof raw === 'object' ? raw : {};
  // The whole author text, read for "still pending" only once a claim has matched (not on every keystroke).
  let author: string | undefined;
  const saysPending = (re: RegExp) => {
    author ??= normalize(model.paragraphs.map((p) => p.text).join('\n')).text;
    return re.test(author);
  };
  const hits: CheckHit[] = [];
  for (const p of model.paragraphs) {
    if (p.role !== 'body') continue;
    for (const s of p.sentences) {
      for (const { claim, start, end } of claimedIn(s.text)) {
        const { field } = claim;
        const fromProfile = status[field] === false;
        if (!fromProfile && !saysPending(claim.pending)) continue;
        const where = fromProfile ? 'your profile says' : 'this email says elsewhere that';
        hits.push({ start: s.start + start, end: s.start + end, vars: { field, claim: claim.claim, where } });
      }
    }
  }
  // Finished training or a degree whose own dates in the draft are still ahead.
  if (ctx.today) hits.push(...completedAheadOfDate(model, ctx.today));
  return hits.sort((a, b) => a.start - b.start);
};
