/**
 * Rule regexes are written against normalized text (see normalize.ts) and always compiled with the `u`
 * flag and, unless the rule says otherwise, `i`. One macro keeps them readable and bounded:
 *   {gap:N}  up to N words, e.g. `where\s+{gap:3}I\s+stand` matches "where exactly do I stand".
 *   {specialty}  any residency specialty by its usual names ("PM&R", "peds", "family medicine"), with a
 *            combined one's second half ("Internal Medicine-Pediatrics", "psychiatry/neurology"), so a rule
 *            written with one specialty in mind reads every applicant's.
 * Every repetition in a macro is bounded, so expansion never adds catastrophic backtracking.
 */
const GAP = /\{gap:(\d{1,2})\}/g;
const SPECIALTY_MACRO = /\{specialty\}/g;
/**
 * Short capitalised abbreviations (IM, EM, FM, IR, ENT) are left out: rules are case-insensitive, and "im",
 * "em" and "ent" are chat spellings and word parts.
 */
const SPECIALTY = String.raw`(?:anesthesi\w*|internal\s+medicine|family\s+medicine|emergency\s+medicine|pediatrics|paediatrics|peds|psychiatry|psych|neurology|child\s+neurology|(?:diagnostic\s+|interventional\s+)?radiology|rads|pathology|dermatology|derm|(?:general\s+|orthop(?:a)?edic\s+|plastic\s+|vascular\s+|cardiothoracic\s+)?surgery|neurosurgery|orthop(?:a)?edics|ortho|OB\s*/?\s*GYN|obstetrics(?:\s+and\s+gyn(?:a)?ecology)?|urology|otolaryngology|ophthalmology|radiation\s+oncology|PM\s*&\s*R|physical\s+medicine(?:\s+and\s+rehabilitation)?|rehab(?:ilitation)?(?:\s+medicine)?|preventive\s+medicine|nuclear\s+medicine|medical\s+genetics|med[- ]?peds)(?:\s*[-–/&]\s*[\w]+(?:\s+medicine)?)?`;

export function expandMacros(source: string): string {
  return source
    .replace(GAP, (_m, n: string) => `(?:[^\\s.!?]+\\s+){0,${Number(n)}}`)
    .replace(SPECIALTY_MACRO, SPECIALTY);
}

/** The `u` flag only where a pattern needs it (\p{…}): case-insensitive Unicode matching is slower in V8. */
export function compileRegex(source: string, caseSensitive = false): RegExp {
  const expanded = expandMacros(source);
  const unicode = /\\[pPu]\{|\\u\{|[\u{10000}-\u{10FFFF}]/u.test(expanded) ? 'u' : '';
  return new RegExp(expanded, `g${caseSensitive ? '' : 'i'}${unicode}`);
}

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One word-bounded, case-insensitive alternation for a phrase list (whitespace inside a phrase is flexible). */
export function phraseRegex(phrases: string[]): RegExp {
  const alts = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegex(p).replace(/\s+/g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}
