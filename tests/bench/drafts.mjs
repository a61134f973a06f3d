// Realistic drafts of a given length, built from our labeled corpus's own bodies (tests/fixtures/drafts),
// so every engine reads the same kind of prose an applicant writes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = new URL('../fixtures/drafts/', import.meta.url).pathname;

function bodies() {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((f) => readFileSync(join(DIR, f), 'utf8'))
    .map((eml) => eml.slice(eml.indexOf('\n\n') + 2).split(/\n(?:On .* wrote:|-- ?)\n/)[0])
    .flatMap((b) => b.split(/\n\s*\n/))
    .map((p) => p.trim())
    .filter((p) => p.split(/\s+/).length >= 12);
}

export function draftOfWords(words) {
  const paras = bodies();
  const out = ['Dear Dr. Lindqvist,'];
  let n = 3;
  for (let i = 0; n < words; i++) {
    const p = paras[i % paras.length];
    out.push(p);
    n += p.split(/\s+/).length;
  }
  out.push('Sincerely,\nLeena Marchetti\nAAMC ID: 31847265');
  return out.join('\n\n');
}

/** The same draft with one word changed in its middle paragraph; `i` makes every edit unique. */
export function editOneWord(draft, i) {
  const paras = draft.split('\n\n');
  const k = Math.floor(paras.length / 2);
  paras[k] = paras[k].replace(/\b(\w{4,})\b/, `$1x${i}`);
  return paras.join('\n\n');
}
