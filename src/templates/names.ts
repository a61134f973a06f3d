/** People's names as a letter uses them. */

/** Degrees and honorifics are not part of a surname: "Dr. Evelyn Marsh, MD" → "Marsh". */
const HONORIFIC = /^(?:dr|doctor|prof|professor|mr|mrs|ms|mx)\.?$/i;
// Case-sensitive: "DO" is a degree, "Do" a surname.
const DEGREE = /^(?:M\.?D\.?|D\.?O\.?|Ph\.?D\.?|MPH|MBA|MSc?|FASA|FACP|FAAP|Jr\.?|Sr\.?|II|III|IV)$/;
const PARTICLES = new Set([
  'de',
  'del',
  'della',
  'da',
  'di',
  'du',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'bin',
  'al',
]);

export function lastNameOf(full: string): string {
  const words = full
    .split(',')[0]!
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '' && !HONORIFIC.test(w) && !DEGREE.test(w));
  if (words.length === 0) return '';
  let start = words.length - 1;
  // "Maria de la Cruz" → "de la Cruz": lower-case particles belong to the surname.
  while (start > 1 && PARTICLES.has(words[start - 1]!)) start--;
  return words.slice(start).join(' ');
}
