/**
 * The maintained word lists (`hedges`, `fillers`) cut down to the words that signal tone in an email to a
 * residency program. Both lists are written for general prose and include words that are plain in this
 * setting ("will", "can", "clearly", "approximately 400 patients", "May I ask"), so we keep the list's
 * judgment for the rest and name the exceptions here, once.
 */
import { fillers } from 'fillers';
import { hedges } from 'hedges';
import { weasels } from 'weasels';
import { words } from './words';

/** Hedge-list words that are ordinary in applicant email, or already weighed by our own cues. */
const NOT_HEDGES_HERE = new Set(
  words(`
  // modals and plain verbs: "I will bring", "I can start", "may I ask", "I believe", "I found"
  will, would, can, could, should, must, may, might, believe, believed, believes, think, thinks, thought,
  find, finds, found, read, say, says, understand, understands, understood, consider, considered, considers,
  indicate, suggest, suggested, suggests, tend,
  // certainty words are the opposite of a hedge in this setting
  certain, certainly, clear, clearly, definite, definitely, always, surely, be sure, quite clearly, must,
  // quantities and frequency that state facts: "several rotations", "approximately 400 patients"
  about, around, approximately, roughly, estimate, estimated, estimates, few, many, most, mostly, much,
  some, several, little, couple, bunch, frequently, often, usually, occasionally, sometimes, rare, rarely,
  seldom, at least, so far, overall, mainly, largely, generally, in general, diagnostic, like, something,
  someone, somebody, somewhere, really, pretty, quite, rather, necessarily,
  // covered by our own weighted cues (cues/hedging.ts)
  maybe, perhaps, possibly, probably, somewhat, kind of, sort of, guess, hopefully, don't know,
`),
);

const toPattern = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/** Remaining hedge words as regex alternatives, longest first so "look like" wins over "look". */
export const HEDGE_WORDS: string[] = hedges
  .filter((w) => !NOT_HEDGES_HERE.has(w) && !w.includes("'"))
  .sort((a, b) => b.length - a.length)
  .map(toPattern);

/** Filler words that read as spoken, casual register in a letter; the rest of the list is plain prose. */
const CASUAL_FILLER_PICK = new Set(
  words(`
  basically, literally, totally, anyway, whatever, stuff, seriously, okay, ok, actually,
`),
);

export const CASUAL_FILLERS: string[] = fillers.filter((w) => CASUAL_FILLER_PICK.has(w)).map(toPattern);

/** Weasel-list intensifiers: one is emphasis, a pile of them in one sentence is gushing. */
const INTENSIFIER_PICK = new Set(
  words(`
  extremely, exceedingly, remarkably, completely, huge, vast, very, really, so,
`),
);

export const INTENSIFIERS: string[] = weasels.filter((w) => INTENSIFIER_PICK.has(w)).map(toPattern);
