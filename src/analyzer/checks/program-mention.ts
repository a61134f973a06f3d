/**
 * Is this occurrence of another program's name or alias the program, or only the same words? Program aliases
 * are often places ("Lakeshore"), common words ("Summit") or share words with the recipient's own hospitals,
 * and a wrong answer here raises an error that blocks the send. The reading is a short, explainable decision
 * over the words around the match: capitalisation, a program-ish word after it ("Pinecrest Health",
 * "Pinecrest's residents"), a word before it that a program takes ("at/to/with Pinecrest") or that a place
 * takes ("in/near/on the lakeshore"), and whether the name belongs to the recipient or its affiliates.
 */

export interface MentionReading {
  isProgram: boolean;
  /** Why, in a few words: what a test or a curious maintainer reads. */
  reason: string;
}

/** Words after a name that make it a program or its people: "Pinecrest Health", "Pinecrest's residents". */
const PROGRAM_HEAD =
  /^(?:'s|’s)?\s+(?:residency|residents?|program(?:me)?s?|hospitals?|health(?:\s+system)?|medical|medicine|clinic|institute|cent(?:er|re)|university|college|faculty|family|team|department|gme|(?:selection\s+|admissions\s+|recruitment\s+)?committee|staff|office|admissions|recruitment|coordinators?|interviews?|interview\s+day|pd|program\s+director|chiefs?|attendings?|anesthesiology|anesthesia|surgery|surgical|pediatrics|psychiatry|neurology|radiology|pathology|dermatology|urology|ophthalmology|otolaryngology|ob\s*\/?\s*gyn|obstetrics|orthop(?:a)?edics?|emergency\s+medicine|internal\s+medicine|family\s+medicine|categorical|prelim(?:inary)?|track|culture|community|cohort|class|curriculum)(?![\p{L}\p{N}])/iu;
/** A possessive on the name itself: "Pinecrest's". */
const POSSESSIVE = /^(?:'s|’s)(?![\p{L}\p{N}])/u;
/**
 * Words before a name that a program takes: "training at", "rank", "join", "interviewed with", and a signal spent
 * on it ("I didn't use one on Tar River", set DF; "signaled Erie Shore").
 */
const PROGRAM_LEAD =
  /(?:^|[^\p{L}\p{N}])(?:at|to|with|join|joining|joined|visit|visiting|visited|rank|ranking|ranked|choose|chose|chosen|match|matching|matched|about|than|over|signal(?:l?ed|l?ing)?|(?:interest|interested|spot|place|position|future|training|residency|career|role|part|confidence|faith)\s+in|(?:use|used|using|spend|spent|put|waste|wasted)\s+(?:one|it|a\s+(?:gold\s+|silver\s+)?signal|(?:one\s+of\s+)?my\s+(?:[\p{L}-]+\s+)?signals?)\s+on)\s+(?:the\s+)?$/iu;
/** Words before a name that a place takes: "a town on the lakeshore", "grew up near Pinecrest". */
const PLACE_LEAD =
  /(?:^|[^\p{L}\p{N}])(?:in|near|around|outside|across|along|on|off|beside)\s+(?:the\s+)?$/iu;
/** "my hometown of Harlow Creek", "the city of Aurora" (set EF): the name of a place. */
const PLACE_OF =
  /(?:^|[^\p{L}\p{N}])(?:home\s*town|town|city|village|county|parish|township|borough|suburb)\s+of\s+$/iu;
const US_STATES =
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New\\s+Hampshire|New\\s+Jersey|New\\s+Mexico|New\\s+York|North\\s+Carolina|North\\s+Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode\\s+Island|South\\s+Carolina|South\\s+Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West\\s+Virginia|Wisconsin|Wyoming';
/** A name followed by its state ("Harlow Creek, Indiana"): a town, whatever program shares its name. */
const STATE_AFTER = new RegExp(`^,\\s*(?:${US_STATES})(?![\\p{L}])`, 'u');
/** A determiner before a single word: "the summit", "a lakeshore town". */
const DETERMINER = /(?:^|[^\p{L}\p{N}])(?:the|a|an)\s+$/iu;
/**
 * A name that ends in a feature of the land ("Snake River", "Bear Lake", "the Sonoran Desert" of set BG): after
 * "the", the place itself.
 */
const GEOGRAPHIC_LAST =
  /(?:^|\s)(?:river|rivers|lake|lakes|valley|bay|creek|falls|mountains?|sound|canyon|ridge|peaks?|hills|plains|gulf|coast|harbou?r|island|islands|forest|prairie|delta|basin|gorge|range|desert|mesa|plateau|dunes|glacier|peninsula|highlands|wetlands|wilderness)$/i;
/** A titled person: "Dr. Pinecrest" is a person, not the program. */
const TITLE_BEFORE = /(?:^|[^\p{L}])(?:dr|mr|mrs|ms|mx|prof|professor)\.?\s+$/iu;
/** A capitalised word right before the name ("North Lakeshore", "UC Pinecrest"): a different proper noun. */
const CAPITAL_WORD_BEFORE = /(?:^|[^\p{L}\p{N}'’-])(\p{Lu}[\p{L}'’-]*)\s+$/u;
/** A capitalised word right after the name ("Lakeshore Drive", "Pinecrest Mall"): a different proper noun. */
const CAPITAL_WORD_AFTER = /^\s+(\p{Lu}[\p{L}'’-]*)/u;
/** Capitalised words that do not make a different proper noun of the name. */
const NOT_A_NAME_PART = new Set(['I', 'I’m', "I'm", 'And', 'But', 'Or', 'The']);

/** Significant words (four letters or more) all start with a capital, or the whole match is in capitals. */
function capitalised(match: string): boolean {
  if (!/\p{Lu}/u.test(match)) return false;
  const words = match.split(/\s+/).filter(Boolean);
  if (!/^\p{Lu}/u.test(words[0] ?? '')) return false;
  return words.every((w) => w.length < 4 || /^[\p{Lu}\p{N}]/u.test(w));
}

/** Nothing but spaces, quotes or brackets between the start of the sentence (or text) and the match. */
function sentenceInitial(before: string): boolean {
  return /(?:^|[.!?:;\n])[\s"'“‘(]*$/u.test(before);
}

const words = (s: string) =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** The name's words occur, in order and whole, inside one of `owners` ("Lakeshore" in "Lakeshore Children's"). */
export function sharesWords(name: string, owners: readonly string[]): boolean {
  const n = words(name).join(' ');
  if (!n) return false;
  return owners.some((o) => ` ${words(o).join(' ')} `.includes(` ${n} `));
}

/**
 * Reads one match of `name` at `start`..`end` in `text` (the author's text, recipient names blanked). `city`
 * is the other program's city when known: an alias that is also the city reads as the place unless the
 * words around it name a program.
 */
export function readProgramMention(
  text: string,
  start: number,
  end: number,
  name: string,
  city?: string,
): MentionReading {
  const match = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  const multiWord = name.trim().split(/\s+/).length >= 2;
  const head = PROGRAM_HEAD.test(after);
  const possessive = POSSESSIVE.test(after);
  const lead = PROGRAM_LEAD.test(before);
  const initial = sentenceInitial(before);

  if (PLACE_LEAD.test(before) && !lead && !head && !possessive)
    return { isProgram: false, reason: 'a place: after in/near/on' };
  if (PLACE_OF.test(before) || STATE_AFTER.test(after))
    return { isProgram: false, reason: 'a place: "the town of …" or followed by its state' };
  if (TITLE_BEFORE.test(before)) return { isProgram: false, reason: "a person's name: after a title" };
  if (!capitalised(match)) {
    if (multiWord && (lead || head || possessive))
      return { isProgram: true, reason: 'a lower-case multi-word name where a program goes' };
    return { isProgram: false, reason: 'lower case: a common word or place, not a proper noun' };
  }
  const prev = CAPITAL_WORD_BEFORE.exec(before);
  const capBefore = prev?.[1];
  // A capital that only starts the sentence ("Visiting Cedar Hollow…") does not make a longer name.
  if (prev && capBefore && !sentenceInitial(before.slice(0, prev.index + prev[0].indexOf(capBefore))))
    return { isProgram: false, reason: `part of a longer proper noun ("${capBefore} …")` };
  const capAfter = CAPITAL_WORD_AFTER.exec(after)?.[1];
  if (capAfter && !head && !NOT_A_NAME_PART.has(capAfter))
    return { isProgram: false, reason: `part of a longer proper noun ("… ${capAfter}")` };
  if (head || possessive) return { isProgram: true, reason: 'followed by a program word or a possessive' };
  if (lead) return { isProgram: true, reason: 'after a word a program takes (at/to/with/rank/join)' };
  if (city && words(name).join(' ') === words(city).join(' '))
    return { isProgram: false, reason: "the program's city, with nothing naming the program" };
  if (multiWord && DETERMINER.test(before) && GEOGRAPHIC_LAST.test(name.trim()))
    return {
      isProgram: false,
      reason: 'the river, lake or valley itself: "the Snake River" with no program word',
    };
  if (multiWord) return { isProgram: true, reason: 'a capitalised multi-word program name' };
  if (DETERMINER.test(before))
    return { isProgram: false, reason: 'a single word after "the/a": a common noun' };
  if (initial) return { isProgram: false, reason: 'a single capitalised word at the start of a sentence' };
  return { isProgram: true, reason: 'a capitalised name mid-sentence' };
}
