/**
 * Dates as people type them and as spreadsheets write them. Stored dates are always YYYY-MM-DD; the forms
 * and the CSV import read the common ways of writing one (S3): 01/14/2027 (what US Excel writes to CSV),
 * 1/14/27, Jan 14, 2027, January 14 2027, 14 January 2027, 14-Jan-2027, 2027/01/14 and 2027-01-14.
 * Slashed dates are read month first (US); one whose first number cannot be a month (22/01/2027) is read day
 * first, and one that is neither is refused rather than guessed.
 */
import { isIsoDate } from '../calendar/match-calendar';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** "jan", "Jan.", "sept", "September" → 1-based month; null when it is no month name. */
export function monthOf(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return null;
  const i = MONTHS.findIndex((m) => m.startsWith(w) || (w === 'sept' && m === 'september'));
  return i < 0 ? null : i + 1;
}

/** Two-digit years are this century ("27" → 2027): application dates are never in the 1900s. */
function yearOf(y: string): number {
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

function iso(y: number, m: number, d: number): string | null {
  const s = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isIsoDate(s) ? s : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The date written in `text` as YYYY-MM-DD, or null when it is not a date we can read without guessing. */
export function readDate(text: string): string | null {
  const s = text.trim().replace(/\s+/g, ' ');
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = yearOf(m[3] ?? '');
    if (a <= 12) return iso(y, a, b);
    return b <= 12 ? iso(y, b, a) : null;
  }
  // Jan 14, 2027 · January 14th 2027
  m = /^([A-Za-z]+\.?) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/.exec(s);
  if (m) {
    const month = monthOf(m[1] ?? '');
    return month ? iso(Number(m[3]), month, Number(m[2])) : null;
  }
  // 14 January 2027 · 14-Jan-2027 · 14-Jan-27 (Excel's d-mmm-yy)
  m = /^(\d{1,2})(?:st|nd|rd|th)?[ -]([A-Za-z]+\.?),?[ -](\d{4}|\d{2})$/.exec(s);
  if (m) {
    const month = monthOf(m[2] ?? '');
    return month ? iso(yearOf(m[3] ?? ''), month, Number(m[1])) : null;
  }
  return null;
}

/**
 * A graduation date: a full date, or only a month ("2027-05", "05/2027", "May 2027"), kept as YYYY-MM.
 * Null when it is neither.
 */
export function readDateOrMonth(text: string): string | null {
  const full = readDate(text);
  if (full) return full;
  const s = text.trim().replace(/\s+/g, ' ');
  let m = /^(\d{4})[-/](\d{1,2})$/.exec(s) ?? null;
  if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? `${m[1]}-${pad(Number(m[2]))}` : null;
  m = /^(\d{1,2})[-/](\d{4})$/.exec(s);
  if (m) return Number(m[1]) >= 1 && Number(m[1]) <= 12 ? `${m[2]}-${pad(Number(m[1]))}` : null;
  m = /^([A-Za-z]+\.?),? (\d{4})$/.exec(s);
  if (m) {
    const month = monthOf(m[1] ?? '');
    return month ? `${m[2]}-${pad(month)}` : null;
  }
  return null;
}

/** How to say which dates are read, after "is not a date": the same words in the forms and the import. */
export const DATE_EXAMPLES = 'for example 01/14/2027, Jan 14, 2027 or 2027-01-14';
