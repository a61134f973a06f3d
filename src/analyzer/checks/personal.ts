/** Does the draft say anything only this program would recognise? */
import { personName } from '../context';
import { normalize } from '../normalize';
import { escapeRegex } from '../regex';
import { wordCount } from '../text-model';
import type { Check } from './types';
import { stringList, wholeDraft } from './types';

/** Things a program has that another may not: "the acute pain service", "your rural track". */
const FEATURE =
  /\b(?:rotations?|tracks?|blocks?|curricul(?:um|a)|labs?|laboratory|clinics?|conferences?|workshops?|half[\s-]days?|electives?|night\s+float|morning\s+report|journal\s+club|grand\s+rounds|pathways?|fellowships?|initiatives?|service|sim|simulations?|institute|boot\s?camps?|retreats?|seminars?|series|huddles?|rooms|hospital|units?|ICUs?|cent(?:er|re)s?|suites?)\b/giu;

/** Words that make a feature sound specific only in a form letter ("excellent clinical rotations"). */
const GENERIC = new Set(
  `excellent strong great outstanding rigorous comprehensive robust diverse clinical well-rounded supportive renowned
  exceptional impressive wonderful amazing thorough broad balanced structured didactic educational academic research
  training teaching innovative unique many various several different numerous solid good nice fantastic incredible
  high-quality quality busy dynamic large extensive varied formal dedicated core all every each other new wide
  residency resident residents program program's programs anesthesiology anesthesia medical medicine hospital
  interview interviews departmental teaching university community academic-medical operating department's department weekly daily monthly regular hands-on world-class
  state-of-the-art top-notch cutting-edge well-known well-established successful popular famous`
    .split(/\s+/)
    .filter(Boolean),
);

/** What ends the words in front of a feature: a determiner, a preposition, a conjunction or a verb. */
const STOP = new Set(
  `the your its their this that these those a an of in at on with and or for to about from by during through as is
  was are were be been i you we they it he she my our me us his her like love loved enjoyed liked saw see seeing
  appreciated valued admire admired including especially particularly also both than which who whose where when`
    .split(/\s+/)
    .filter(Boolean),
);

/** A feature with a specific word in front of it, not the applicant's own ("my ICU rotation"). */
function hasSpecificFeature(text: string): boolean {
  for (const m of text.matchAll(FEATURE)) {
    const before = text
      .slice(Math.max(0, m.index - 80), m.index)
      .split(/(?=[,.;:!?()\n])|\s+/)
      .filter(Boolean);
    const modifiers: string[] = [];
    let owner = '';
    for (let i = before.length - 1; i >= 0 && modifiers.length < 4; i--) {
      const w = before[i]!.toLowerCase();
      if (/^[,.;:!?()\n]/.test(w) || STOP.has(w)) {
        owner = w;
        break;
      }
      modifiers.push(w);
    }
    // "a consultation-liaison service in New Jersey" is somewhere the applicant worked, not this program's.
    if (owner === 'my' || owner === 'our' || owner === 'a' || owner === 'an') continue;
    if (modifiers.some((w) => !GENERIC.has(w) && /\p{L}/u.test(w))) return true;
  }
  return false;
}

/** Someone named in the body: "Dr. Osei", "Ms. Ruiz" (case-sensitive: a real surname is capitalised). */
const PERSON = /(?<![\p{L}])(?:Dr|Prof|Professor|Mr|Ms|Mrs|Mx)\.?\s+(\p{Lu}[\p{L}'’-]*\p{Ll})/gu;

/**
 * Whether the body names someone at the program: a person other than the applicant, whose own name ("I am Dr.
 * Raghav Subramaniam", set BA) is in the sign-off, the signature or the profile.
 */
function namesSomeone(text: string, own: string): boolean {
  const mine = new Set(
    own
      .toLowerCase()
      .split(/[^\p{L}'’-]+/u)
      .filter((w) => w.length >= 2),
  );
  for (const m of text.matchAll(PERSON)) if (!mine.has((m[1] as string).toLowerCase())) return true;
  return false;
}

/**
 * The stock praise a form letter is built from ("a great fit", "a supportive environment", "excellent clinical
 * training"). A draft with no specifics is only reported when it also leans on these: a plain note about one
 * remembered conversation can lack every feature word above and still be personal.
 */
const STOCK =
  /\b(?:great|good|perfect|excellent|strong|ideal|natural|wonderful)\s+fit\b|\bfit\s+in\s+(?:well|nicely|perfectly)\b|\b(?:supportive|collegial|welcoming|friendly|positive|nurturing|inclusive|warm|family-like)\s+(?:learning\s+|training\s+|work\s+)?(?:environment|atmosphere|culture|community)\b|\b(?:excellent|strong|outstanding|rigorous|comprehensive|high-quality|great|robust|well-rounded|exceptional|solid|superb)\s+(?:clinical\s+|didactic\s+|academic\s+|hands-on\s+)?(?:training|education|curriculum|teaching|rotations|exposure|program|residency)\b|\blearn(?:ing)?\s+(?:more\s+)?about\s+(?:your|the)\s+(?:program|residency|department)\b|\b(?:everyone|the\s+residents|the\s+faculty|the\s+people|the\s+staff|the\s+team)\s+(?:I\s+met\s+)?(?:was|were|seemed|are)\s+(?:so\s+|very\s+|really\s+)?(?:friendly|welcoming|happy|kind|nice|great|approachable|supportive)\b|\b(?:be|make)\s+(?:a\s+)?(?:great|valuable|strong|good|wonderful)\s+(?:addition|asset)\b|\b(?:hard[\s-]?work(?:ing|er)|dedicated|passionate|compassionate|eager\s+to\s+learn|team\s+player)\b|\b(?:delighted|honou?red|thrilled|excited|happy|privileged)\s+to\s+(?:train|join|be\s+(?:a\s+)?part|match|become)\b|\b(?:one\s+of|among)\s+my\s+top\s+(?:choices|programs)\b|\bdiverse\s+patient\s+population\b|\bcommitment\s+to\s+(?:education|teaching|resident\s+wellness|wellness|excellence|residents)\b|\breputation\s+for\b|\bcamaraderie\b|\besteemed\s+(?:residency\s+)?(?:program|institution|department)\b|\bthrive\s+(?:in|at)\s+your\b|\bcontribute\s+to\s+your\s+(?:team|program|department|residency|community)\b|\b(?:enjoyed|loved)\s+(?:the|my|our)\s+(?:day|visit|interview(?:\s+day)?)\b|\blearned\s+(?:a\s+lot|so\s+much|a\s+great\s+deal)\b/i;

/**
 * The program itself left as a template slot ("[Program Name]", "{{program}}", "(name of hospital)"): the draft
 * was written for every program, whatever else it praises.
 */
const PROGRAM_SLOT =
  /[[{<(]{1,2}\s*(?:the\s+|name\s+of\s+(?:the\s+)?)?(?:program|programme|hospital|institution|residency|department)(?:['’]s)?(?:\s+name)?\s*[\]}>)]{1,2}/i;
/** A greeting to many programs at once: "Dear Program Directors,", "Dear Residency Programs,", "Dear all,". */
const TO_MANY =
  /^\s*(?:dear|hello|hi|greetings)\s+(?:(?:respected|esteemed|honou?rable|distinguished)\s+)?(?:(?:the\s+)?(?:program|programme|residency)\s+(?:directors|coordinators)|(?:residency\s+)?programs|all|everyone|colleagues)\b|\bsir\s*(?:\/|or)\s*(?:madam|madame|ma'?am|mam)\b|\b(?:madam|ma'?am)\s*(?:\/|or)\s*sir\b|^\s*to\s+whom\s+it\s+may\s+concern\b/i;
/** Any bracketed slot: what a writer is told to fill in is not a detail of the program. */
const SLOT = /\[[^\]\n]{0,80}\]|\{\{[^}\n]{0,80}\}\}|<[^>\n]{0,80}>/g;

export const genericMessage: Check = ({ model, kind, ctx, params }) => {
  const r = ctx.recipient;
  if (!r) return [];
  const kinds = stringList(params.kinds);
  const greeting = model.paragraphs.find((p) => p.role === 'greeting')?.text ?? '';
  // Greeting many programs at once, or nobody ("Good day, Sir/Ma'am," set DP), is itself the sign of a form
  // letter, whatever the kind (an update sent to "Dear Program Directors" with no program named: set Y).
  const toMany = TO_MANY.test(greeting);
  const shapedByPurpose = kinds.length > 0 && !kinds.includes(kind);
  if (shapedByPurpose && !toMany) return [];
  const body = model.paragraphs.filter((p) => p.role === 'body');
  const text = normalize(body.map((p) => p.text).join('\n')).text;
  if (wordCount(text) < Number(params.minWords ?? 40)) return [];
  const pd = personName(r.programDirector);
  const specifics = [
    r.name,
    ...(r.aliases ?? []),
    ...(r.affiliates ?? []),
    r.city,
    pd ? pd.split(/\s+/).pop() : undefined,
    personName(r.coordinator)?.split(/\s+/).pop(),
  ].filter((s): s is string => typeof s === 'string' && s.trim().length >= 3);
  const named = specifics.some((s) =>
    new RegExp(`(?<![\\p{L}])${escapeRegex(s.trim()).replace(/\s+/g, '\\s+')}(?![\\p{L}])`, 'iu').test(text),
  );
  const own = [
    ...model.paragraphs.filter((p) => p.role === 'signoff').map((p) => p.text),
    model.signature ? model.text.slice(model.signature.start, model.signature.end) : '',
    typeof ctx.raw.profile?.name === 'string' ? ctx.raw.profile.name : '',
  ].join(' ');
  const template = PROGRAM_SLOT.test(text);
  const filled = text.replace(SLOT, ' ');
  if (
    named ||
    namesSomeone(filled, own) ||
    // An update or a question sent to many describes the applicant's own news ("the Tri-State Laboratory Medicine
    // Meeting", sets DZ and EA): its details are not the program's.
    (!shapedByPurpose && hasSpecificFeature(filled)) ||
    (!template && !toMany && !STOCK.test(text))
  )
    return [];
  return [wholeDraft(model)];
};
