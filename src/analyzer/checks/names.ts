/** Program and person names: the copy-paste mistakes that cost the most. */
import { personName, type ResolvedContext } from '../context';
import { normalize, toOriginalSpan } from '../normalize';
import { escapeRegex } from '../regex';
import { type Paragraph, sentenceTextAt, type TextModel } from '../text-model';
import type { ProgramInfo } from '../types';
import { readProgramMention, sharesWords } from './program-mention';
import type { Check, CheckHit, CheckInput } from './types';

/**
 * A program's name, aliases, and its full name without the trailing "Residency (Program)" or "Program" (and a
 * place after it): applicants write "Music City Community Family Medicine is the right place for me" of the
 * "Music City Community Family Medicine Residency" (set BL), and a list rarely spells out every such alias.
 */
function namesOf(p: ProgramInfo): string[] {
  const names = [p.name, ...(p.aliases ?? [])].filter((n) => typeof n === 'string' && n.trim().length >= 3);
  const core = typeof p.name === 'string' ? nameCore(p.name) : null;
  return core && !names.some((n) => n.trim().toLowerCase() === core.toLowerCase()) ? [...names, core] : names;
}

const NAME_TAIL =
  /\s+(?:Residency(?:\s+Program(?:me)?)?|Program(?:me)?|Training\s+Program(?:me)?)(?:\s+(?:at|in|of)\s+.+)?$/i;
/** Words that name no one program: a core made only of them ("Internal Medicine") is no name. */
const GENERIC_WORD =
  /^(?:the|of|at|in|and|for|&|university|hospital|hospitals|medical|medicine|center|centre|health|healthcare|system|regional|community|memorial|college|school|internal|family|emergency|surgery|surgical|general|pediatrics?|psychiatry|neurology|radiology|pathology|anesthesiology|urology|dermatology|ophthalmology|obstetrics|gynecology|orthopa?edics?|rural|categorical|preliminary|department)$/i;

function nameCore(name: string): string | null {
  const core = name.trim().replace(NAME_TAIL, '').trim();
  if (core === name.trim()) return null;
  const words = core.split(/\s+/);
  if (words.length < 2 || words.every((w) => GENERIC_WORD.test(w))) return null;
  return core;
}

function nameRegex(name: string): RegExp {
  return new RegExp(
    `(?<![\\p{L}\\p{N}])${escapeRegex(name.trim()).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`,
    'giu',
  );
}

function findAll(text: string, name: string): { start: number; end: number }[] {
  return [...text.matchAll(nameRegex(name))].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * The greeting and body with the recipient's own names, its affiliates and the applicant's school blanked,
 * so none of them counts as another program. The sign-off is left out: a school in the signature is not a
 * copy-paste slip.
 */
function authorTextMasked({ model, ctx }: CheckInput): string {
  // Past the last paragraph all is blanked: a pasted book's unread rest is not split into characters.
  const text = model.text.slice(0, model.paragraphs.at(-1)?.end ?? 0);
  const chars = text.split('');
  const keep = new Array<boolean>(chars.length).fill(false);
  for (const p of model.paragraphs) {
    if (p.role === 'signoff') continue;
    for (let i = p.start; i < p.end; i++) keep[i] = true;
  }
  const school = ctx.raw.profile?.school;
  const own = [
    ...(ctx.recipient ? [...namesOf(ctx.recipient), ...(ctx.recipient.affiliates ?? [])] : []),
    ...(typeof school === 'string' && school.trim().length >= 3 ? [school] : []),
  ].filter((n) => typeof n === 'string' && n.trim().length >= 3);
  for (const n of own.sort((a, b) => b.length - a.length)) {
    for (const m of findAll(text, n)) for (let i = m.start; i < m.end; i++) keep[i] = false;
  }
  return chars.map((c, i) => (keep[i] ? c : c === '\n' ? '\n' : ' ')).join('');
}

/**
 * Another program on the applicant's list, named as a program. A name whose words are the recipient's own (its
 * name, aliases or affiliates), a program that lists the recipient among its affiliates, and a mention that
 * reads as a place, a common word or a person (see program-mention.ts) are not another program.
 */
export const wrongProgramName: Check = (input) => {
  // Both wrong-program-name and disclose-other-programs (other-program-named) ask for these in one analysis:
  // the model and context of an analysis are new objects, so the last answer is reused only within it.
  const last = lastMentions.get(input.model);
  if (last && last.ctx === input.ctx) return last.hits;
  const hits = findOtherPrograms(input);
  lastMentions.set(input.model, { ctx: input.ctx, hits });
  return hits;
};

const lastMentions = new WeakMap<TextModel, { ctx: ResolvedContext; hits: CheckHit[] }>();

function findOtherPrograms(input: CheckInput): CheckHit[] {
  const { ctx } = input;
  if (!ctx.recipient) return [];
  const text = authorTextMasked(input);
  const recipientKey = ctx.recipient.name.trim().toLowerCase();
  const ownNames = [...namesOf(ctx.recipient), ...(ctx.recipient.affiliates ?? [])].filter(
    (n) => typeof n === 'string' && n.trim(),
  );
  const hits: CheckHit[] = [];
  const taken = new Set<number>();
  const afterMatch = ctx.phase === 'after-match';
  for (const p of ctx.programs) {
    if (p.name.trim().toLowerCase() === recipientKey) continue;
    // A program that counts the recipient among its own hospitals is the recipient's affiliate.
    if (namesOf(ctx.recipient).some((n) => sharesWords(n, p.affiliates ?? []))) continue;
    for (const n of namesOf(p).sort((a, b) => b.length - a.length)) {
      if (sharesWords(n, ownNames)) continue;
      for (const m of findAll(text, n)) {
        if (taken.has(m.start)) continue;
        for (let i = m.start; i < m.end; i++) taken.add(i);
        if (!readProgramMention(text, m.start, m.end, n, p.city).isProgram) continue;
        if (afterMatch && MATCHED_THERE.test(normalize(sentenceTextAt(input.model.paragraphs, m.start)).text))
          continue;
        hits.push({ ...m, vars: { named: p.name, recipient: ctx.recipient.name } });
      }
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * After Match Day, where the applicant matched is news, not a slip or a disclosure: "I will be starting residency
 * at Gulf Crescent this summer" in a thank-you to another program (set Y).
 */
const MATCHED_THERE =
  /\b(?:matched|match(?:ed)?\s+(?:at|with|into|to)|(?:start|starting|begin|beginning|join|joining|train|training)\s+(?:my\s+)?(?:residency\s+|intern\s+year\s+|internship\s+)?(?:at|with)|will\s+be\s+(?:an?\s+)?(?:resident|intern)\s+at|heading\s+to)\b/i;

/**
 * Words that set another program beside this one rather than in its place: "I also interviewed at Canyon Sky",
 * "I interviewed at Calumet Lakeshore two weeks ago, and the residents there looked exhausted",
 * "the other two I'm weighing are Red Mesa and High Desert", "Canyon Sky moved my interview with them", "Permian
 * Basin IR has a second-look visit that same morning" (set BZ). A
 * copy-paste slip ("I loved my interview day at Cedar Hollow" to Fairview) names the other program as if it
 * were the recipient and has none of them; that stays wrong-program-name alone.
 */
const BESIDE_THIS_ONE =
  /\b(?:also|besides|other|others|another|both|either|neither|elsewhere|as\s+well|too|than|compared|comparing|them|their|they|applied|applying|offer(?:s|ed)?|ranking|weighing|considering|choosing|deciding|invitations?|invites?|together\s+with|along\s+with|alongside|interviews\s+(?:at|with)|interview(?:ed|ing)\s+(?:at|with)|top\s+(?:two|three|four|five|few|\d)|second[\s-]looks?|conflicts?|conflicting|overlaps?|same\s+(?:day|morning|afternoon|date))\b/i;

/**
 * The sentences that name another program on the applicant's list beside the recipient: where else they applied,
 * interviewed or are weighing. The applicant's list is where they applied, so naming a program on it discloses
 * it (disclose-other-programs reads these alongside its patterns).
 */
export const otherProgramNamed: Check = (input) => {
  const hits = wrongProgramName(input);
  if (!hits.length) return [];
  const out: CheckHit[] = [];
  const sentences = input.model.paragraphs.filter((p) => p.role !== 'signoff').flatMap((p) => p.sentences);
  for (const s of sentences) {
    if (!hits.some((h) => h.start >= s.start && h.end <= s.end)) continue;
    if (!BESIDE_THIS_ONE.test(normalize(s.text).text)) continue;
    out.push({ start: s.start, end: s.end });
  }
  return out;
};

// ---------------------------------------------------------------------------------------------------------
// Salutation names

const TITLE = String.raw`(?:[Dd]r|DR|[Dd]octor|[Pp]rof|[Pp]rofessor|[Mm]r|[Mm]rs|[Mm]s|[Mm]x|[Mm]iss)\.?`;
/** A capitalised name of one to three parts; case-sensitive on purpose ("and", "Ms" end it). */
const NAME = String.raw`\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*){0,2}|\p{Lu}{2,}(?:[-'’]\p{Lu}+)?`;
/** "Dr. Patel", "Dr Grace Nakamura", "Ms. Cruz": every titled name in the greeting line. */
const TITLED_NAME = new RegExp(String.raw`(?<![\p{L}])${TITLE}\s+(${NAME})`, 'gu');
const HONORIFIC_AFTER = /\s+(?:Madam|Madame|Ma'?am|Mam|Sir|Ji|Sahib|Sensei)$/u;
/** Only a line that reads as a salutation is checked. */
const SALUTATION_START =
  /^\s*(?:dear|hello|hi|hey|hiya|greetings|respected|good\s+(?:morning|afternoon|evening|day)|to|(?=(?:dr|doctor|prof|professor)\b\.?\s+\S[^\n]{0,60}[,:]\s*$))\b/i;

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'").toLowerCase();

function tokens(s: string): string[] {
  return fold(s)
    .split(/[^\p{L}']+/u)
    .filter((t) => t.length >= 2);
}

function lastName(full: string): string {
  const parts = full.trim().split(/\s+/);
  return parts[parts.length - 1] ?? '';
}

/** Edit distance counting a swap of two neighbouring letters as one edit ("Okarfo" for "Okafor"). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** Close enough to be the same name mistyped: one edit, or two in a long name, same first letter. */
function misspelling(written: string, actual: string): boolean {
  if (!written || !actual || written === actual) return false;
  const d = editDistance(written, actual);
  const allowed = actual.length >= 8 ? 2 : 1;
  if (d > allowed) return false;
  // A swapped pair of letters counts as one slip ("Nakmaura").
  return written[0] === actual[0] || d === 1;
}

function greetingOf(paragraphs: Paragraph[]): Paragraph | undefined {
  const g = paragraphs.find((p) => p.role === 'greeting');
  if (g) return g;
  const first = paragraphs[0];
  return first && SALUTATION_START.test(first.text) ? first : undefined;
}

/**
 * The salutation names someone other than the program director on record. A misspelling of the director's
 * name, or the director of another program on the list (a copy-paste), is reported outright; any other name
 * only when the email goes to the director and that person is not among the recipients, because writing to a
 * faculty interviewer or the coordinator is ordinary.
 */
export const pdNameMismatch: Check = ({ model, ctx }) => {
  const pd = personName(ctx.recipient?.programDirector);
  const greeting = greetingOf(model.paragraphs);
  if (!pd || !greeting) return [];
  // A salutation is short; the cap keeps the name pattern cheap on a pasted wall of text.
  const firstLine = greeting.text.split('\n')[0]!.slice(0, 200);
  if (!SALUTATION_START.test(firstLine)) return [];
  const n = normalize(firstLine);
  const written: { name: string; start: number; end: number }[] = [];
  for (const m of n.text.matchAll(TITLED_NAME)) {
    // "Respected Dr. Hinojosa Madam": the honorific after the name is not part of it.
    const name = m[1]!.replace(HONORIFIC_AFTER, '');
    const at = m.index + m[0].length - m[1]!.length;
    const span = toOriginalSpan(n, at, at + name.length);
    written.push({
      name: firstLine.slice(span.start, span.end),
      start: greeting.start + span.start,
      end: greeting.start + span.end,
    });
  }
  if (written.length === 0) return [];

  const pdTokens = tokens(pd);
  const pdLast = fold(lastName(pd));
  const coordinatorTokens = tokens(personName(ctx.recipient?.coordinator) ?? '');
  const toText = fold([...(ctx.raw.to ?? []), ...(ctx.raw.cc ?? [])].join(' '));
  const toTokens = new Set(tokens(toText));
  const otherDirectors = ctx.programs
    .filter((p) => p.name !== ctx.recipient?.name)
    .map((p) => fold(lastName(personName(p.programDirector) ?? '')))
    .filter((s) => s.length >= 2);

  const lastOf = (w: string) => fold(lastName(w)).replace(/'s$/, '');
  // A double-barrelled surname is one name: "Dr. Hale" for Okafor-Hale is the director, but "Dr. Okonkwo-Hale" or
  // "Dr. Hale-Okafor" is a wrong name that happens to share a part with the right one.
  const wrongBarrel = (w: string) => {
    const last = lastOf(w);
    return last.includes('-') && last !== pdLast && last.split('-').some((part) => pdTokens.includes(part));
  };
  const isPd = (w: string) => pdTokens.includes(lastOf(w)) && !wrongBarrel(w);
  // Someone the email visibly goes to (To/Cc display name), or the program's coordinator.
  const isRecipient = (w: string) => toTokens.has(lastOf(w)) || coordinatorTokens.includes(lastOf(w));
  const pdAddressed = [...toTokens].some((t) => t === pdLast || (pdLast.length >= 4 && t.includes(pdLast)));
  if (written.some((w) => isPd(w.name))) {
    // The director is named correctly; only a second name that is another program's director is a slip.
    return written
      .filter((w) => !isPd(w.name) && !isRecipient(w.name) && otherDirectors.includes(fold(lastName(w.name))))
      .map((w) => ({ start: w.start, end: w.end, vars: { written: w.name, pd } }));
  }
  const hits: CheckHit[] = [];
  for (const w of written) {
    if (isRecipient(w.name)) continue;
    const last = lastOf(w.name);
    const hit = { start: w.start, end: w.end, vars: { written: w.name, pd } };
    if (pdTokens.some((t) => t.length >= 3 && misspelling(last, t)) || wrongBarrel(w.name)) hits.push(hit);
    else if (otherDirectors.includes(last)) hits.push(hit);
    else if (pdAddressed) hits.push(hit);
  }
  return hits;
};

// ---------------------------------------------------------------------------------------------------------
// Specialty

interface Specialty {
  name: string;
  /** The specialty as written ("internal medicine", "anesthesia"). */
  pattern: string;
  /** What its residents are called ("internist"), for "become a …". */
  noun?: string;
}

const SPECIALTIES: Specialty[] = [
  {
    name: 'anesthesiology',
    pattern: 'an(?:a)?esthesi(?:ology|a)',
    noun: 'an(?:a)?esthesiologists?',
  },
  { name: 'internal medicine', pattern: String.raw`internal\s+medicine`, noun: 'internists?' },
  { name: 'pediatrics', pattern: 'p(?:a)?ediatrics', noun: 'p(?:a)?ediatricians?' },
  {
    name: 'general surgery',
    pattern: String.raw`(?:general\s+)?surgery|surgical`,
    noun: String.raw`(?:general\s+)?surgeons?`,
  },
  {
    name: 'emergency medicine',
    pattern: String.raw`emergency\s+medicine`,
    noun: String.raw`emergency\s+physicians?`,
  },
  { name: 'family medicine', pattern: String.raw`family\s+medicine`, noun: String.raw`family\s+physicians?` },
  { name: 'psychiatry', pattern: 'psychiatry|psychiatric', noun: 'psychiatrists?' },
  { name: 'neurology', pattern: 'neurology', noun: 'neurologists?' },
  {
    name: 'radiology',
    pattern: String.raw`(?:diagnostic\s+|interventional\s+)?radiology`,
    noun: 'radiologists?',
  },
  { name: 'pathology', pattern: 'pathology', noun: 'pathologists?' },
  { name: 'dermatology', pattern: 'dermatology', noun: 'dermatologists?' },
  {
    name: 'obstetrics and gynecology',
    pattern: String.raw`ob\s*/\s*gyn|obgyn|ob-gyn|obstetrics\s+(?:and|&)\s+gyn(?:a)?ecology`,
    noun: 'obstetricians?',
  },
  {
    name: 'orthopaedic surgery',
    pattern: String.raw`orthop(?:a)?edic(?:s|\s+surgery)?`,
    noun: String.raw`orthop(?:a)?edic\s+surgeons?`,
  },
  { name: 'urology', pattern: 'urology', noun: 'urologists?' },
  { name: 'ophthalmology', pattern: 'ophthalmology', noun: 'ophthalmologists?' },
  { name: 'otolaryngology', pattern: 'otolaryngology|ENT', noun: 'otolaryngologists?' },
  {
    name: 'neurosurgery',
    pattern: String.raw`neurosurgery|neurological\s+surgery`,
    noun: 'neurosurgeons?',
  },
  { name: 'plastic surgery', pattern: String.raw`plastic\s+surgery`, noun: String.raw`plastic\s+surgeons?` },
  // The integrated (0+5) residency, not the fellowship a general surgery resident may plan after residency.
  { name: 'integrated vascular surgery', pattern: String.raw`integrated\s+vascular(?:\s+surgery)?` },
  // Named as a career to a program outside surgery ("my passion for vascular surgery" to interventional
  // radiology, set AZ); to a surgical program it is the fellowship after residency (skipped below).
  {
    name: 'vascular surgery',
    pattern: String.raw`vascular\s+surgery`,
    noun: String.raw`vascular\s+surgeons?`,
  },
  {
    name: 'radiation oncology',
    pattern: String.raw`radiation\s+oncology`,
    noun: String.raw`radiation\s+oncologists?`,
  },
  {
    name: 'physical medicine and rehabilitation',
    pattern: String.raw`PM&R|PM\s*&\s*R|physical\s+medicine\s+(?:and|&)\s+rehabilitation`,
    noun: 'physiatrists?',
  },
];

const GENERAL_SURGERY = SPECIALTIES.find((s) => s.name === 'general surgery')!;
const GENERAL_SURGERY_ONLY: Specialty = {
  name: 'general surgery',
  pattern: String.raw`general\s+surgery`,
  noun: String.raw`general\s+surgeons?`,
};
/** Specialties whose residents are surgeons. */
const SURGICAL =
  /surg|otolaryng|\bENT\b|orthop|urolog|ophthalm|plastic|vascular|thoracic|colorectal|obstetric|\bob\s*[-/]?\s*gyn|head\s+and\s+neck/i;

const ADJ = String.raw`(?:excellent|outstanding|renowned|strong|rigorous|wonderful|esteemed|prestigious|categorical|highly\s+regarded|well-regarded|respected|competitive|fantastic|great|amazing|innovative|busy|dynamic|supportive)`;
/** What follows "your internal medicine …" when the program itself is meant. */
const PROGRAM_NOUN = String.raw`(?:residency(?:\s+program)?|training\s+program|training(?!\s+(?:in|on|for)\s)|curriculum|program|family|residents?\s+family)`;
/** A part of a year or a rotation in another department is not the program ("your internal medicine program's ICU month"). */
const NOT_PROGRAM = String.raw`(?!(?:'s)?\s+(?:rotations?|months?|blocks?|electives?|intern|internship|preliminary|prelim|year|track|service|department))`;
/** A preliminary or transitional year in another specialty is part of many applications. */
const NOT_PRELIM = String.raw`(?<!(?:preliminary|prelim|transitional|advanced|categorical\s+and\s+preliminary)\s+)`;
/**
 * The specialty is past or someone else's: "before I chose", "my partner", "instead of". Not a decision that stands:
 * "I have decided that vascular surgery is the specialty for my life" (set DF, to an interventional radiology program).
 * Nor a comparison: "more sure than before that diagnostic radiology is the right field for me" (set EI, to urology).
 */
const ASIDE =
  /\b(?:(?<!\bthan\s+(?:ever\s+)?)before|initially|originally|at\s+first|used\s+to|(?:had\s+)?considered\s+(?:a|going|pursuing|applying)|thought\s+about|instead\s+of|rather\s+than|unlike|over\s+(?:a|my)|switch(?:ed|ing)?|moved\s+(?:away\s+)?from|(?:chose|chosen|choosing)(?!\s+(?:[\w&/-]+\s+){1,3}as\s+my\s+(?:specialty|field|career|path)\b)|decided(?!\s+that\s+(?:[\w&/-]+\s+){1,3}is\s+(?:the|my)\s+(?:\w+\s+)?(?:specialty|field|path|career|calling)\b)|partner|husband|wife|spouse|fiancee?|sister|brother|father|mother|dad|mom|parents?|uncle|aunt|cousin|friend|classmate|couples?\s+match|not\s+(?:a|an|in)|never)\b|\bfiancée?(?![a-zà-ÿ])/i;

/** A sentence about a third person and not the writer ("He interviews with…"), read with the sentence before. */
const ABOUT_THEM = /^\s*(?:he|she|they|his|her|their)\b(?![^.!?]*\b(?:I|my|me)\b)/i;
/** A comparison with the writer does not make the sentence theirs ("…and loved it as much as I did"). */
const AS_I_DID =
  /\bas\s+(?:\w+\s+)?as\s+I\s+(?:did|do|have|had|am|was|could|\w+ed\s+(?:mine|my\s+own|it|them))\b/gi;
/** "He enjoyed his own interview day with the internal medicine program…": a he or she is never the writer. */
const HE_OR_SHE = /^\s*(?:he|she)\b/i;
const aboutThem = (sentence: string) => ABOUT_THEM.test(sentence.replace(AS_I_DID, ''));
/** A partner named in the draft ("My partner, Andrés Molina, and I…"): sentences they open are about them. */
const PARTNER_NAME =
  /\bmy\s+(?:partner|husband|wife|spouse|fianc\S*|boyfriend|girlfriend)\s*,?\s+(\p{Lu}[\p{L}'’-]+)/giu;
function partnerOpens(sentence: string, partners: readonly string[]): boolean {
  const first = /^\s*(\p{Lu}[\p{L}'’-]+)/u.exec(sentence)?.[1];
  return !!first && partners.includes(first) && !/\b(?:I|my|me)\b/.test(sentence.replace(AS_I_DID, ''));
}

/**
 * A sentence the partner opens ("He …" after a sentence about them, or their name) is about them up to the
 * first word the writer uses of themselves.
 */
function theirsSoFar(before: string, previous: string, partners: readonly string[]): boolean {
  // "We are couples matching, and he is applying in internal medicine; he interviews with the Bluegrass internal
  // medicine residency" (set CB): the clause the program is named in has the partner as its subject.
  const clause = before.split(/[;:]|,\s+(?:and|but|while|whereas)\s+/).pop() ?? '';
  // "…, but it only works if he matches at your surgery program too" (set CJ): a he or she in the clause, no I.
  if (clause !== before && /\b(?:he|she)\b/i.test(clause) && !/\b(?:I|my|me)\b/.test(clause)) return true;
  if (/\b(?:I|my|me)\b/.test(before)) return false;
  const first = /^\s*(\p{Lu}[\p{L}'’-]+)/u.exec(before)?.[1];
  return (
    (/^\s*(?:he|she|they)\b/i.test(before) && ASIDE.test(previous)) || (!!first && partners.includes(first))
  );
}

/** The applicant is matching as a couple: another specialty's program may be the partner's. */
const COUPLES =
  /\b(?:couples?[\s-]+match\w*|(?:matched|matching|applying|ranking)\s+as\s+a\s+couple|couples?\s+(?:list|application|applicants?|rank\s+list))\b/i;

/** A sentence giving a partner's own field: "My partner, Ben Adler, is applying in anesthesiology". */
const PARTNER_FIELD =
  /\bmy\s+(?:partner|husband|wife|spouse|fianc\S*|boyfriend|girlfriend|significant\s+other)\b[^.!?]*\b(?:is|are|was|will\s+be)\s+(?:also\s+|currently\s+|now\s+)?(?:applying|interviewing|matching|training|a\s+resident|an?\s+(?:\w+\s+)?(?:resident|intern|applicant))\b/i;

/** "… a career in emergency medicine before my anesthesia rotation": a past interest, not the goal. */
const LATER_CHOICE = /^[^.!?]{0,40}?\b(?:before|until|prior\s+to|but\s+(?:then|I|my|after))\b/i;

/** How far back in its sentence a specialty's naming is read for asides and a partner as the subject. */
const CONTEXT_CHARS = 600;
/**
 * Namings of one specialty read at most: no letter names another field thirty times, while a pasted wall naming
 * it on every line cost ~10 ms per analysis reading each one (every pattern, every aside) and showed no more.
 */
const NAMINGS_READ = 30;

/** A program's message naming its positions as one-year ones ("our preliminary program"). */
const ONE_YEAR_POSITION =
  /\b(?:preliminary|prelim|transitional)\s+(?:year|program|programme|position|residency|track|spot)s?\b/i;
/** The applicant's advanced programs: the other half of an application with a preliminary year. */
const ADVANCED_PROGRAMS = /\badvanced\s+(?:programs?|positions?|residenc(?:y|ies)|spots?|applications?)\b/i;

/** A preliminary or transitional (one-year) program's name or specialty; also read by records.ts. */
export const ONE_YEAR_PROGRAM = /\b(?:transitional|preliminary|prelim|TY)\b/i;

/**
 * "the internal medicine residency at Kettle River's sponsoring hospital": a program the recipient's
 * institution also runs (a partner's, in a couples letter), not the recipient program itself.
 */
const NOT_OWNED = String.raw`(?!['’]s\b)`;

/** How many of the patterns after the surer ones report a warning, not an error. */
const MILDER = 11;

function specialtyPatterns(
  s: Specialty,
  recipientNames: string[],
): { re: RegExp; milder: boolean; namesProgram: boolean }[] {
  const X = `(?:${s.pattern})`;
  const recip = ['your', ...recipientNames.map((n) => escapeRegex(n).replace(/\s+/g, '\\s+'))].join('|');
  const owner = String.raw`(?:${recip}|the\s+program|this\s+program)(?:'s|’s)?`;
  // The patterns that name a program of that specialty ("your …", "… at Bluewater Bay", "applying to the …
  // residency"), not the applicant's own field: in a couples draft such a program may be the partner's.
  const programNaming = new Set<string>();
  const naming = (src: string) => {
    programNaming.add(src);
    return src;
  };
  const out = [
    // "your internal medicine residency", "Redfern's anesthesiology program", "your excellent pediatrics program"
    naming(String.raw`\b${owner}\s+(?:${ADJ}\s+){0,2}${NOT_PRELIM}${X}\s+${PROGRAM_NOUN}${NOT_PROGRAM}\b`),
    // "the internal medicine residency at your institution / at Bluewater Bay"
    naming(
      String.raw`\b${NOT_PRELIM}${X}\s+(?:residency(?:\s+program)?|training\s+program|program|residency\s+position|position)\s+(?:at|with|in)\s+(?:${recip})\b${NOT_OWNED}`,
    ),
    // "training in internal medicine at your program", "a career in emergency medicine with your team"
    naming(
      String.raw`\b(?:residency|train|training|career|position|spot|future)\s+in\s+${X}\s+(?:at|with)\s+(?:${recip})\b${NOT_OWNED}`,
    ),
    // "applying to your / the internal medicine residency"
    naming(
      String.raw`\b(?:apply|applying|applied|application|candidate|candidacy|applicant|interview(?:ed|ing)?)\s+(?:to|for|at|with)\s+(?:the|your|a)\s+(?:${ADJ}\s+){0,2}${NOT_PRELIM}${X}\s+(?:residency|program|position)\b${NOT_PROGRAM}`,
    ),
    // "as a future internal medicine resident", "become one of your future pediatrics residents"
    String.raw`\b(?:as|become|becoming|be)\s+(?:a|an|one\s+of\s+(?:your|the))\s+(?:future|incoming)\s+${X}\s+(?:residents?|interns?|trainees?)\b`,
    // "my career in emergency medicine", "dreamed of a career in pediatrics"
    // "a career in academic otolaryngology - head and neck surgery" to a neurosurgery program (set DH)
    String.raw`\b(?:a|my)\s+(?:future\s+|lifelong\s+|long\s+|whole\s+)?career\s+in\s+(?:(?:academic|rural|community|clinical|global|urban)\s+)?${X}\b`,
    // "It would be an honor to train as a neurology resident in Maui" to an internal medicine program (set DM); an
    // aspiration ("to train as"), not a past post ("after training as a surgery resident in Lagos")
    String.raw`\bto\s+(?:train|serve|work)\s+as\s+(?:a|an|one\s+of\s+your)\s+${NOT_PRELIM}${X}\s+(?:residents?|interns?|trainees?)\b`,
    // "it confirms my decision to pursue diagnostic radiology" to a pathology program (set DL)
    String.raw`\b(?:decision|plan|goal|intention|dream|aim)\s+to\s+pursue\s+(?:a\s+career\s+in\s+)?${NOT_PRELIM}${X}\b(?!\s+(?:rotations?|electives?|research|clerkships?)\b)`,
    // "neurology is the right specialty for me", "certain that pediatrics is my path"
    String.raw`\b${NOT_PRELIM}${X}\s+is\s+(?:the|my)\s+(?:right|only|ideal|perfect|true|chosen)?\s*(?:specialty|field|path|calling|fit|future)(?:\s+for\s+me)?\b`,
    // "left more sure than ever that orthopaedics is where I belong"
    String.raw`\b${NOT_PRELIM}${X}\s+is\s+where\s+I\s+(?:truly\s+|really\s+)?(?:belong|am\s+meant\s+to\s+be|want\s+to\s+(?:be|spend\s+my\s+career))\b`,
    // "why I have chosen general surgery as my specialty"
    String.raw`\b(?:chosen|chose|choose|choosing|picked|selected)\s+${X}\s+as\s+(?:my|the)\s+(?:specialty|field|career|path)\b`,
    // "pursue residency training in family medicine", "committed to training in psychiatry"
    String.raw`\b(?:pursue|pursuing|pursuit\s+of|committed\s+to|dedicate\s+(?:myself|my\s+career)\s+to|passion\s+for|passionate\s+about|dream(?:s|ed|t|ing)?\s+of|goal\s+of)\s+(?:a\s+)?(?:residency\s+|training\s+|residency\s+training\s+|career\s+)?in\s+${X}\b`,
  ];
  const surer = out.length;
  // Likely but not certain (a warning, not an error): the specialty as the applicant's cause or application
  // — "my long-standing passion for psychiatry", "the commitment to family medicine I described", "my
  // application to emergency medicine", "my passion for pediatrics would allow me" (set DA) — named as a field (the
  // sentence or clause ends there, or a verb follows), not as
  // "psychiatry patients" or "surgical skills".
  const FIELD_ENDS = String.raw`(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|that|which|I|as|since|because|is|was|has|would|will|could|ever|throughout|from|over|even|here|there|became|becomes|grew|grows|only|deepened|continues|keeps|remains|began|begins|started|starts|developed|took\s+root)\b)`;
  out.push(
    // "my background in prehospital care has prepared me well for the pace and breadth of emergency medicine residency
    // training" to an OB/GYN program (set CR)
    String.raw`\bprepared\s+me\s+(?:\w+\s+){0,2}?for\s+(?:[\w-]+\s+){0,6}?${NOT_PRELIM}${X}\s+(?:residency|training|residents?|internship)\b`,
    // "my passion for full-spectrum family medicine, including obstetrics" (set BW)
    String.raw`\b(?:my|the|a|this)\s+(?:[\w-]+\s+){0,2}?(?:passion|commitment|dedication|love|calling)\s+(?:for|to)\s+(?:(?:full|broad)[\s-]spectrum\s+|rural\s+|community\s+|academic\s+|comprehensive\s+)?${X}${FIELD_ENDS}`,
    // "our conversation about your rural track and the chance to train in full-spectrum family medicine, including
    // obstetrics" (set EE, to a pediatrics program)
    String.raw`\b(?:chance|opportunity)\s+to\s+(?:train|specialize|specialise)\s+in\s+(?:(?:full|broad)[\s-]spectrum\s+|rural\s+|community\s+|academic\s+)?${NOT_PRELIM}${X}${FIELD_ENDS}`,
    // "I am eager to begin my training in urology in a program that values hands-on teaching" (set AP)
    String.raw`\b(?:begin|start|pursue|continue|complete)\s+my\s+(?:residency\s+)?training\s+in\s+${NOT_PRELIM}${X}(?:${FIELD_ENDS}|\s+(?:in|at|with)\s+a\s+program\b)`,
    // "the interview day confirmed my strong interest in otolaryngology and my wish to train in a program like yours"
    String.raw`\bmy\s+(?:[\w-]+\s+){0,2}?interest\s+in\s+${NOT_PRELIM}${X}${FIELD_ENDS}`,
    // "pediatrics has always been my first love", "orthopaedics is my first love"
    String.raw`\b${NOT_PRELIM}${X}\s+(?:has\s+always\s+been|is|was|remains|will\s+always\s+be)\s+(?:still\s+|always\s+)?my\s+(?:first|true|real|one\s+true|greatest)\s+(?:love|passion|calling)\b`,
    String.raw`\bmy\s+(?:[\w-]+\s+)?application\s+(?:to|in|for|into)\s+${X}${FIELD_ENDS}`,
    // "I did end up applying to internal medicine too", "as someone applying in both pediatrics and family medicine"
    String.raw`\b(?:I\s+(?:[\w']+\s+){0,3}?|someone\s+|(?:am|are)\s+(?:also\s+)?|(?:me|us)\s+to\s+(?:also\s+)?)(?:applied|applying|apply)\s+(?:also\s+)?(?:(?:to|for|in|into)\s+)?(?:both\s+)?(?:(?:a\s+few|a|the|some|several)\s+)?(?:categorical\s+)?${NOT_PRELIM}${X}(?!\s+(?:sub-?internships?|electives?|rotations?|clerkships?|away|research|clinics?|patients|department|fellowships?|interest\s+group)\b)`,
    // "My principal aspiration remains anesthesiology", "my main goal is still obstetrics and gynecology"
    String.raw`\bmy\s+(?:[\w-]+\s+)?(?:aspiration|ambition|goal|dream|passion|calling|first\s+choice|priority)\s+(?:is|was|remains|has\s+always\s+been)\s+(?:still\s+|always\s+)?${NOT_PRELIM}${X}${FIELD_ENDS}`,
    // "applying both to internal medicine and to emergency medicine"
    String.raw`\b(?:applying|applied|apply)\s+(?:both\s+)?(?:(?:to|for|in|into)\s+)?(?:both\s+)?[\p{L}&/ -]{3,40}?\s+(?:and|as\s+well\s+as)\s+(?:(?:to|in|for|into)\s+)?${NOT_PRELIM}${X}(?![\p{L}])(?!\s+(?:sub-?internships?|electives?|rotations?|clerkships?|away|research|clinics?|patients|department|fellowships?)\b)`,
    // "Neurology at Sable River is a program I would be proud to train in"
    naming(
      String.raw`(?:^|[.!?]\s+|\b(?:and|but|that|where|because)\s+)${NOT_PRELIM}${X}\s+(?:at|with)\s+(?:${recip})\b${NOT_OWNED}`,
    ),
  );
  if (s.noun) {
    // "to become an excellent internist", "training as a pediatrician", "a career as an internist" (set CX), "I have
    // always known that I want to be a family physician" (set DI, to a psychiatry program), "exactly what I want as a
    // future dermatologist" (set DZ, to a pathology program), "help me become the kind of anesthesiologist I hope to be" (set
    // EQ, to a general surgery program)
    out.push(
      String.raw`\b(?:become|becoming|train(?:ing)?\s+as|grow(?:ing)?\s+into|career\s+as|as(?=\s+an?\s+(?:future|aspiring|budding)\s)|(?:want|wanted|hope|hoping|plan|planning|meant|going)\s+to\s+be|dream(?:s|ed|t|ing)?\s+of\s+being)\s+(?:an?\s+)?(?:(?:the|a)\s+(?:kind|type|sort)\s+of\s+)?(?:(?!(?:to|for|with|of|and|in|on|at|by|like)\s)[\p{L}-]+\s+){0,2}?(?:${s.noun})\b`,
    );
  }
  return out.map((src, i) => ({
    re: new RegExp(src, 'giu'),
    milder: i >= surer && i < surer + MILDER,
    namesProgram: programNaming.has(src),
  }));
}

/**
 * "your internal medicine program" sent to an anesthesiology program. Only a specialty named as the
 * program's, as the residency applied to, or as the applicant's career counts; "my internal medicine
 * sub-internship" is ordinary history.
 */
export const specialtyMismatch: Check = ({ model, ctx }) => {
  const own = ctx.recipient?.specialty?.trim();
  if (!own || !ctx.recipient) return [];
  // A transitional or preliminary year is a first year before another specialty: the applicant's career in
  // radiology or anesthesiology is the reason they write to it, not a leftover from another letter.
  if (ONE_YEAR_PROGRAM.test(own) || namesOf(ctx.recipient).some((n) => ONE_YEAR_PROGRAM.test(n))) return [];
  const recipientNames = namesOf(ctx.recipient);
  const hits: CheckHit[] = [];
  const body = model.paragraphs.filter((p) => p.role === 'body');
  const bodyText = body.map((p) => normalize(p.text).text);
  // Joined once: each specialty is first looked for in the whole body (one regex run, not one per paragraph: a
  // pasted wall of 4,000 one-word paragraphs made that 160,000 runs).
  const joined = bodyText.join('\n');
  const partners = [...joined.matchAll(PARTNER_NAME)].map((m) => m[1]!);
  const partnerSentences = body
    .flatMap((p) => p.sentences.map((x) => x.text))
    .filter((t) => PARTNER_FIELD.test(t));
  const couples = COUPLES.test(joined);
  for (const listed of SPECIALTIES) {
    // A surgical specialty's applicant becomes "the surgeon I hope to be" and applies to "Otolaryngology-Head
    // and Neck Surgery": to such a program only general surgery named as such is another specialty (set Z).
    const s: Specialty = listed === GENERAL_SURGERY && SURGICAL.test(own) ? GENERAL_SURGERY_ONLY : listed;
    // To a surgical program vascular surgery is a rotation or a fellowship, unless named as the program's own
    // residency ("your vascular surgery residency's emphasis" to a thoracic program, set CB): the surest pattern only.
    const vascularToSurgical = s.name === 'vascular surgery' && SURGICAL.test(own);
    // The recipient's own specialty (or one it contains, "general surgery" ⊃ "surgery") never counts.
    if (new RegExp(`(?<![\\p{L}])(?:${s.pattern})(?![\\p{L}])`, 'iu').test(own)) continue;
    if (s.noun && new RegExp(`(?:${s.noun})`, 'iu').test(own)) continue;
    // "Integrated vascular surgery" is how the residency a vascular surgery program runs is named (sets AH, AI).
    if (/^integrated\s/.test(s.name) && own.toLowerCase().includes(s.name.replace(/^integrated\s+/, '')))
      continue;
    // Every pattern names the specialty or its residents: a paragraph naming neither is not read for it.
    const named = new RegExp(`(?:${s.pattern})${s.noun ? `|(?:${s.noun})` : ''}`, 'iu');
    if (!named.test(joined)) continue;
    // The partner's field, once the draft says so, is theirs wherever it is named again: "My partner, Ben Adler, is
    // applying in anesthesiology … Could you point me to someone who can tell us about the anesthesiology residency
    // at RRPU?" (set CP).
    if (partnerSentences.some((t) => named.test(t))) continue;
    const res = specialtyPatterns(s, recipientNames).slice(0, vascularToSurgical ? 1 : undefined);
    let namings = 0;
    paragraphs: for (const [k, p] of body.entries()) {
      if (!named.test(bodyText[k] as string)) continue;
      for (const [j, sentence] of p.sentences.entries()) {
        // "My partner … has linked our applications. He interviews with your emergency medicine residency."
        if (
          aboutThem(sentence.text) &&
          (HE_OR_SHE.test(sentence.text) || (j > 0 && ASIDE.test(p.sentences[j - 1]!.text)))
        )
          continue;
        // "Andrés interviewed with your internal medicine program" after "My partner, Andrés Molina, and I…" (set AD).
        if (partnerOpens(sentence.text, partners)) continue;
        const n = normalize(sentence.text);
        for (const { re, milder, namesProgram } of res) {
          // In a couples draft a program of another specialty is the partner's ("We matched as a couple, me to the
          // primary care track and Eli to the emergency medicine program at Schuylkill Valley", set DB).
          if (namesProgram && couples) continue;
          for (const m of n.text.matchAll(re)) {
            // What comes before a naming is read within its sentence, up to CONTEXT_CHARS back: a sentence of
            // any real email, while a pasted wall of one "sentence" naming a specialty thousands of times costs
            // no more per naming (it was quadratic: 100,000 characters took ~0.7 s here).
            const from = Math.max(0, m.index - CONTEXT_CHARS);
            const before = n.text.slice(from, m.index + m[0].length);
            const after = n.text.slice(m.index + m[0].length);
            if (ASIDE.test(before) || LATER_CHOICE.test(after)) continue;
            // "He interviewed with Congaree's orthopaedics program … as excited as I was after my day with
            // you": the program is named while the partner is still the subject (set AF).
            if (theirsSoFar(n.text.slice(from, m.index), j > 0 ? p.sentences[j - 1]!.text : '', partners))
              continue;
            const span = toOriginalSpan(n, m.index, m.index + m[0].length);
            hits.push({
              start: sentence.start + span.start,
              end: sentence.start + span.end,
              vars: { named: s.name, specialty: own },
              ...(milder ? { severity: 'warning' as const } : {}),
            });
            if (++namings >= NAMINGS_READ) break paragraphs;
          }
        }
      }
    }
  }
  // So is one whose own message calls it a preliminary program, or a draft that answers it about the
  // applicant's advanced programs (set DP: "Regarding your question about the advanced programs, I have
  // applied for radiation oncology at …", to a preliminary internal medicine year). Read only when something
  // was named: most drafts name no other specialty, and this runs on every keystroke's analysis.
  if (
    hits.length === 0 ||
    ONE_YEAR_POSITION.test(`${model.quotedText}\n${ctx.raw.thread ?? ''}`) ||
    ADVANCED_PROGRAMS.test(model.paragraphs.map((p) => p.text).join('\n'))
  )
    return [];
  // One card for one naming: a hit inside another ("surgery is the specialty" inside "vascular surgery is the
  // specialty", set DF) is the same words read for a shorter specialty. For equal spans the error is kept.
  // A milder outer hit does not hide an error inside it.
  let kept: CheckHit | null = null;
  return hits
    .sort((a, b) => a.start - b.start || b.end - a.end || (a.severity ? 1 : 0) - (b.severity ? 1 : 0))
    .filter((h) => {
      if (kept && h.end <= kept.end && (!kept.severity || h.severity)) return false;
      if (!kept || h.end > kept.end) kept = h;
      return true;
    });
};
