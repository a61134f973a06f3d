/**
 * What compromise decides for the tone report: which first-person verbs report an accomplishment, in any
 * tense or irregular form ("I co-authored", "I have since led", "I wrote … and taught …", "I performed").
 * A word list cannot tell "I led" from "I lead" or find the verb behind two adverbs; a tagger can.
 *
 * Cost is kept to one parse per report, of the sentences that could hold such a verb (first person and a
 * past-tense-looking word), and compromise runs its own hooks only up to the first tagging pass: the
 * `postTagger` corrections pass costs about three quarters of a parse. On the calibration drafts both ways
 * find the same accomplishment verbs; they differ only on auxiliaries ("was", "did", "been"), which are not
 * accomplishments either way.
 */
import nlp from 'compromise';
import { lastAtOrBefore } from '../analyzer/last-at-or-before';
import { words } from './words';

/** Enough for any email; past this the draft is far over budget and the rest is not parsed. */
export const MAX_NLP_CHARS = 20_000;

const ACHIEVEMENT_ROOTS = new Map<string, number>([
  ...words(`
    lead, publish, present, coauthor, co-author, author, found, design, develop, build, create, establish,
    launch, organize, organise, coordinate, manage, direct, teach, mentor, train, win, earn, pass, score,
    graduate, achieve, secure, implement, reduce, increase, improve, initiate, conduct, spearhead, supervise,
    discover, write, chair, co-found, cofound, co-lead, colead, invent, raise, perform,
  `).map((r): [string, number] => [r, 0.25]),
  // Completing something is a fact more than an accomplishment: it counts, but less.
  ['complete', 0.1],
  ['finish', 0.1],
]);

/** A sentence worth parsing: a first-person subject and a word that may be a past tense or participle. */
const CANDIDATE = /\b(?:i|we)\b[\s\S]*?\b(?:\w+(?:ed|en)|led|won|wrote|taught|built|ran|made|did)\b/i;

const HOOKS = (() => {
  const all = typeof nlp.hooks === 'function' ? nlp.hooks() : [];
  return all.filter((h) => h !== 'postTagger' && h !== 'chunks');
})();

interface MatchJson {
  offset: { start: number; length: number };
  terms: { root?: string; normal?: string }[];
}

function parse(text: string) {
  if (HOOKS.length === 0) return nlp(text);
  const doc = nlp.tokenize(text);
  doc.compute(HOOKS);
  return doc;
}

/** Evidence of accomplishment per sentence (same indexes as `sentences`). */
export function achievements(sentences: readonly string[]): number[] {
  const out = sentences.map(() => 0);
  // One text of the candidate sentences; `starts`/`owner` map a match offset back to its sentence.
  const starts: number[] = [];
  const owner: number[] = [];
  let joined = '';
  sentences.forEach((s, i) => {
    if (!CANDIDATE.test(s) || joined.length + s.length > MAX_NLP_CHARS) return;
    starts.push(joined.length);
    owner.push(i);
    joined += `${s.replace(/\s+/g, ' ')} `;
  });
  if (starts.length === 0) return out;
  const sentenceAt = (offset: number) => owner[lastAtOrBefore(starts, offset)] as number;

  try {
    const doc = parse(joined);
    const verbs = doc.match('(i|we) #Adverb? (have|had)? #Adverb? #Adverb? [(#PastTense|#Participle)]', 0);
    // A second verb sharing the subject: "I wrote a review and taught first-year students".
    const chained = doc.match('(i|we) .{0,8} and #Adverb? [#PastTense]', 0);
    const seen = new Set<number>();
    for (const view of [verbs, chained]) {
      view.compute('root');
      for (const m of view.json({ offset: true }) as MatchJson[]) {
        if (seen.has(m.offset.start)) continue;
        seen.add(m.offset.start);
        const t = m.terms[m.terms.length - 1];
        const w = ACHIEVEMENT_ROOTS.get((t?.root ?? t?.normal ?? '').toLowerCase());
        if (w) out[sentenceAt(m.offset.start)]! += w;
      }
    }
  } catch {
    // compromise is third-party code; a tagging failure costs the report some evidence, never the report.
  }
  return out;
}
