/**
 * A piece of training or a degree claimed as finished while the draft's own dates put its end still ahead:
 * "I have completed a four-week sub-internship (December 7, 2026 – January 3, 2027)" written on 16 December,
 * "I have now completed my MPH, with the degree conferred in May 2027", or "I have completed my medical degree.
 * My final diploma will be issued … in June 2027." NRMP counts an expected status stated as current among common
 * breaches; the applicant's own dates are the evidence, so nothing is guessed.
 */
import { isIsoDate } from '../../calendar/match-calendar';
import { monthOf } from '../../records/dates';
import { normalize, toOriginalSpan } from '../normalize';
import type { TextModel } from '../text-model';
import type { CheckHit } from './types';

/** What can be finished: degrees and their papers, and the pieces of training an application lists. */
const DEGREES = [
  'degree',
  'diploma',
  // Not "DO" or "MS": read case-insensitively they are everyday words.
  'MD',
  'MBBS',
  'MBChB',
  'MPH',
  'MSc',
  'MBA',
  'PhD',
  'master',
  "master's",
  'masters',
  'bachelor',
  "bachelor's",
  'medical school',
  'graduation',
];
const TRAINING = [
  'sub-internship',
  'subinternship',
  'sub-I',
  'acting internship',
  'rotation',
  'clerkship',
  'elective',
  'externship',
  'observership',
  'research year',
  'research fellowship',
  'fellowship',
  'internship',
  'program',
  'course',
];
const words = (list: string[]) =>
  list.map((w) => w.replace(/[-\s]/g, '[-\\s]?').replace("'", "['’]?")).join('|');

/** "I have (now) completed … my MPH", "I graduated from medical school": the claim and what it names. */
const FINISHED = new RegExp(
  String.raw`\bI\s+(?:have\s+|'ve\s+)?(?:now\s+|already\s+|successfully\s+|officially\s+|just\s+|recently\s+|also\s+){0,2}(?:completed|finished|graduated|earned|obtained)\b(?<what>[^.;!?]{0,90}?\b(?:${words(DEGREES)}|${words(TRAINING)})\b)`,
  'i',
);

/** Part of a period done ("my first month of the sub-internship", "three of the four weeks"): honest as it stands. */
const PARTIAL =
  /\b(?:first|second|half|part|portion|most|some|\w+\s+of\s+(?:the|my)\s+\w+\s+weeks|weeks?\s+of|months?\s+of)\b/i;

const DEGREE = new RegExp(String.raw`\b(?:${words(DEGREES)})\b`, 'i');

/**
 * What is honestly finished before the degree is conferred: "all requirements for my MD, which will be conferred
 * in May 2027", "my MPH coursework; the degree will be conferred…".
 */
const PARTS_OF_A_DEGREE =
  /\b(?:requirements?|course\s*work|classes|credits|exams?|examinations?|thesis|dissertation|defen[cs]e|capstone|clinical\s+years?|rotations|clerkships|curriculum)\b/i;

/** Words before the claim that make it future or hoped-for ("once I have completed", "I will have finished"). */
const NOT_YET =
  /\b(?:will|would|shall|once|after|when|if|until|by\s+the\s+time|expect\w*|hope|plan\w*|should)\b[^,;]*$/i;

/** "December 7, 2026", "7 December 2026", "Jan. 3, 2027", "May 2027": a month with its year, the day optional. */
const DATE =
  /\b(?:(\d{1,2})\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?,?\s+(20\d\d)\b/gi;

/** Every dated day in a text, as ISO strings, each with where it ends (a month alone counts as its last day). */
function datesIn(text: string): { iso: string; index: number }[] {
  const out: { iso: string; index: number }[] = [];
  for (const m of text.matchAll(DATE)) {
    const month = monthOf(m[2]!);
    if (!month) continue;
    const day = Number(m[1] ?? m[3] ?? new Date(Date.UTC(Number(m[4]), month, 0)).getUTCDate());
    const iso = `${m[4]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (isIsoDate(iso)) out.push({ iso, index: m.index });
  }
  return out;
}

/** In the claim's sentence, the end of a period ("(Dec 7, 2026 – Jan 3, 2027)", "through", "ending") or a conferral. */
const ENDS_HERE =
  /[-–—]\s*$|\b(?:to|through|thru|until|till|ending|ends|ended|concludes?|conferred|awarded|issued|granted|official|effective)\b[^,;]{0,30}$/i;

/** A later sentence saying the papers of a degree are still to come ("My final diploma will be issued … June 2027"). */
const PAPERS_LATER =
  /\b(?:diploma|degree|graduation|convocation|commencement|certificate)\b[^.;!?]{0,60}\b(?:will|is\s+(?:expected|scheduled|due|set)\s+to|should|to\s+be)\b[^.;!?]{0,80}$/i;

export interface Finished {
  /** Offsets of the claim in the sentence. */
  start: number;
  end: number;
  what: string;
  degree: boolean;
}

/** Claims by sentence text: the check reads every body sentence at every keystroke, and typing changes one. */
const FINISHED_BY_SENTENCE = new Map<string, Finished | undefined>();

/** For a benchmark's cold run (resetSharedCaches, through clearClaimed). */
export function clearFinished(): void {
  FINISHED_BY_SENTENCE.clear();
}

/** The completion claim of one sentence, if it makes one. */
export function finishedIn(sentence: string): Finished | undefined {
  if (FINISHED_BY_SENTENCE.has(sentence)) return FINISHED_BY_SENTENCE.get(sentence);
  const found = readFinished(sentence);
  if (FINISHED_BY_SENTENCE.size >= 2000) FINISHED_BY_SENTENCE.clear();
  FINISHED_BY_SENTENCE.set(sentence, found);
  return found;
}

function readFinished(sentence: string): Finished | undefined {
  if (!/complet|finish|graduat|earned|obtained/i.test(sentence)) return undefined;
  const n = normalize(sentence);
  const m = FINISHED.exec(n.text);
  // The clause before the claim is short; a bounded window keeps a pasted wall linear.
  if (!m || NOT_YET.test(n.text.slice(Math.max(0, m.index - 200), m.index))) return undefined;
  const what = m.groups?.what?.trim() ?? '';
  if (
    PARTIAL.test(what) ||
    PARTS_OF_A_DEGREE.test(`${what} ${n.text.slice(m.index + m[0].length, m.index + m[0].length + 20)}`)
  )
    return undefined;
  const degree = DEGREE.test(what);
  return { ...toOriginalSpan(n, m.index, m.index + m[0].length), what, degree };
}

/**
 * Claims of finished training or degrees that the draft's own dates contradict: a period or conferral in the
 * claim's sentence ending after `today`, or, for a degree, a later sentence saying its papers come after `today`.
 */
export function completedAheadOfDate(model: TextModel, today: string): CheckHit[] {
  const hits: CheckHit[] = [];
  const body = model.paragraphs.filter((p) => p.role === 'body').flatMap((p) => p.sentences);
  body.forEach((s, i) => {
    const claim = finishedIn(s.text);
    if (!claim) return;
    const sameSentence = datesIn(s.text).some(
      (d) => d.iso > today && d.index > claim.start && ENDS_HERE.test(s.text.slice(claim.start, d.index)),
    );
    const papersLater =
      claim.degree &&
      body
        .slice(i + 1, i + 3)
        .some((next) =>
          datesIn(next.text).some((d) => d.iso > today && PAPERS_LATER.test(next.text.slice(0, d.index))),
        );
    if (!sameSentence && !papersLater) return;
    hits.push({
      start: s.start + claim.start,
      end: s.start + claim.end,
      vars: {
        field: 'completed',
        claim: claim.degree ? 'a completed degree' : 'completed training',
        where: 'the dates in this email show',
      },
    });
  });
  return hits;
}
