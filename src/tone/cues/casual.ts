/**
 * Texting register: slang, abbreviations, emoji, doubled exclamation marks, a "hey" greeting, a chummy
 * sign-off. "Hi Dr. Sato," and contractions are ordinary email English and are not cues.
 */
import { CASUAL_FILLERS } from '../lexicons';
import { words } from '../words';
import { BODY, type Cue, cue, GREETING, OPEN_AND_BODY, SIGNOFF } from './cue';

const SLANG = words(String.raw`
  gonna, wanna, gotta, kinda, sorta, ya, yeah, yep, yup, nope, cool, awesome, chill, vibes?, legit, lol,
  lmao, rofl, haha+, hehe, omg, tbh, ngl, btw, imo, idk, lmk, rn, fav, fave, thx, pls, plz, cuz, dude, guys,
  stoked, psyched, hella, lowkey, highkey, def, bro, sup, xoxo, a\s+ton, a\s+blast, super, gotcha,
  no\s+worries, rad, cute, dope, lit, yay, woo+hoo+, wow, fyi, ttyl, cya, kk, np, yall, tho, thru, pumped,
  bummed, freaking, crazy, insane, no\s+biggie, catch\s+ya, lemme, gimme, dunno, wassup,
`);
/**
 * Contractions typed without the apostrophe ("im", "dont"), matched with their own casing: "IM" in "EM/IM" is
 * internal medicine, not a text message (set AU).
 */
const NO_APOSTROPHE = String.raw`\b(?:[Ii]m|[Ii]ve|[Dd]ont|[Dd]idnt|[Dd]oesnt|[Ii]snt|[Ww]asnt)\b`;

export const CASUAL: Cue[] = [
  cue(new RegExp(String.raw`\b(?:${SLANG.join('|')})\b`), 0.35, { max: 3 }),
  cue(new RegExp(NO_APOSTROPHE), 0.35, { max: 3, caseSensitive: true }),
  cue(/^(?:hey|hiya|heya|yo|sup|howdy)\b/, 0.6, { roles: GREETING }),
  // A bare "Hi!" with no name reads like a text message.
  cue(/^(?:hi|hello)\s*[!.,]*\s*$/, 0.3, { roles: GREETING }),
  cue(/!{2,}/, 0.35, { max: 2 }),
  cue(/\p{Extended_Pictographic}/u, 0.5, { max: 3 }),
  cue(/(?:^|\s)(?::-?\)|:-?D|;-?\)|:-?P|<3|xD|\^_\^)(?=\s|$)/, 0.5, { max: 2, caseSensitive: true }),
  // Lower-case "i" and "u" as pronouns; checked against the original casing.
  cue(/(?:^|\s)(?:i|u|ur|r)(?=\s|$|[,!?']|\.(?![a-z]))/, 0.3, { caseSensitive: true, roles: OPEN_AND_BODY }),
  cue(/^[a-z]/, 0.15, { caseSensitive: true, roles: OPEN_AND_BODY }),
  cue(new RegExp(String.raw`\b(?:${CASUAL_FILLERS.join('|')})\b`), 0.2, { max: 2, roles: BODY }),
  // The dropped subject of a text message: "Had a great time.", "Sent my CV."
  cue(/^(?:had|sent|got|went|did|will\s+def|loved|was\s+great|(?:would|could)\s+love)\b/, 0.25, {
    roles: BODY,
  }),
  cue(/^so\b|\bmight\s+as\s+well\b|\btalk\s+soon\b|\bcatch\s+you\b|\bsee\s+ya\b/, 0.3, { roles: BODY }),
  cue(/^(?:cheers|peace|later|love|hugs|ttyl|take\s+it\s+easy)\b|^-\s*\p{Ll}/u, 0.25, { roles: SIGNOFF }),
];
