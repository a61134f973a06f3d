/**
 * The NRMP Main Residency Match calendar as data. Every date carries whether it was verified from an
 * NRMP/AAMC page or estimated from the multi-year pattern, and where it came from, so a message built on a
 * date can say how sure it is. Refresh each May/June when NRMP publishes the next cycle.
 */

export type DateStatus = 'verified' | 'secondary' | 'estimated';

export interface CalendarDate {
  date: string; // YYYY-MM-DD, Eastern time
  status: DateStatus;
  source: string;
}

export interface MatchCycle {
  /** The Match year: Match Day falls in March of this year. */
  year: number;
  erasOpens: CalendarDate;
  programsReviewApplications: CalendarDate;
  rankingOpens: CalendarDate;
  rankOrderListDeadline: CalendarDate;
  matchWeekStarts: CalendarDate;
  soapEnds: CalendarDate;
  matchDay: CalendarDate;
  seasonEnds: CalendarDate;
}

const NRMP_2026 = 'https://www.nrmp.org/match-calendars/';
const ERAS_2026 =
  'https://students-residents.aamc.org/eras-tools-and-worksheets-residency-applicants/eras-timeline-residency';
const PATTERN =
  'Estimated from the 2023–2026 pattern (ROL deadline on the Wednesday 16 days before Match Day; Match Day on the third Friday of March)';

export const MATCH_CYCLES: readonly MatchCycle[] = [
  {
    year: 2026,
    erasOpens: { date: '2025-06-04', status: 'verified', source: ERAS_2026 },
    programsReviewApplications: { date: '2025-09-24', status: 'verified', source: ERAS_2026 },
    rankingOpens: { date: '2026-02-02', status: 'estimated', source: PATTERN },
    rankOrderListDeadline: {
      date: '2026-03-04',
      status: 'secondary',
      source: 'https://insidemedicaladmissions.com/ (Feb 23, 2026), consistent with the NRMP pattern',
    },
    matchWeekStarts: { date: '2026-03-16', status: 'verified', source: NRMP_2026 },
    soapEnds: { date: '2026-03-19', status: 'verified', source: NRMP_2026 },
    matchDay: { date: '2026-03-20', status: 'verified', source: NRMP_2026 },
    seasonEnds: { date: '2026-05-31', status: 'verified', source: ERAS_2026 },
  },
  {
    year: 2027,
    erasOpens: { date: '2026-06-03', status: 'secondary', source: 'Quantaprep (Mar 14, 2026)' },
    programsReviewApplications: { date: '2026-09-23', status: 'estimated', source: PATTERN },
    rankingOpens: { date: '2027-02-01', status: 'estimated', source: PATTERN },
    rankOrderListDeadline: { date: '2027-03-03', status: 'estimated', source: PATTERN },
    matchWeekStarts: { date: '2027-03-15', status: 'estimated', source: PATTERN },
    soapEnds: { date: '2027-03-18', status: 'estimated', source: PATTERN },
    matchDay: { date: '2027-03-19', status: 'estimated', source: PATTERN },
    seasonEnds: { date: '2027-05-31', status: 'estimated', source: PATTERN },
  },
];

export type MatchPhase =
  | 'applications' // ERAS open, before interviews are in full swing
  | 'interviews' // programs reviewing and interviewing, before ranking opens
  | 'ranking' // ranking open, before the ROL certification deadline
  | 'after-rank-deadline' // lists certified, before Match Week
  | 'match-week' // Match Week through the end of SOAP
  | 'after-match'; // Match Day and later

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string' || !ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The cycle a date belongs to: the one whose season (June → May) contains it; null outside known data. */
export function cycleFor(today: string): MatchCycle | null {
  if (!isIsoDate(today)) return null;
  for (const c of MATCH_CYCLES) {
    if (today >= c.erasOpens.date && today <= c.seasonEnds.date) return c;
  }
  return null;
}

export function phaseOn(today: string): { cycle: MatchCycle; phase: MatchPhase } | null {
  const cycle = cycleFor(today);
  if (!cycle) return null;
  let phase: MatchPhase;
  if (today < cycle.programsReviewApplications.date) phase = 'applications';
  else if (today < cycle.rankingOpens.date) phase = 'interviews';
  else if (today <= cycle.rankOrderListDeadline.date) phase = 'ranking';
  else if (today < cycle.matchWeekStarts.date) phase = 'after-rank-deadline';
  else if (today <= cycle.soapEnds.date) phase = 'match-week';
  else phase = 'after-match';
  return { cycle, phase };
}

/** "March 3, 2027 (estimated)" — dates in messages always say how sure they are. */
export function describeDate(d: CalendarDate): string {
  const [y, m, day] = d.date.split('-').map(Number) as [number, number, number];
  const month = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ][m - 1];
  const note =
    d.status === 'verified' ? '' : d.status === 'estimated' ? ' (estimated)' : ' (per a secondary source)';
  return `${month} ${day}, ${y}${note}`;
}
