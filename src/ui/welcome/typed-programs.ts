/**
 * Programs as the applicant types or pastes them on the welcome page: either a spreadsheet exported as CSV
 * (with a header row), or one program a line as "Program name, email domain". Both go through the same CSV
 * reader as the options page, so the same checks and the same row-by-row report apply.
 */
import { type ProgramsCsvResult, programsFromCsv } from '../../records/programs-csv';

/** A sample file to download: the columns that make the checks work, two made-up programs. */
export const SAMPLE_CSV = [
  'Program,Email domains,Program director,Specialty,Interview date,Status,No post-interview contact',
  '"Example University Anesthesiology",example.edu,Dr. Alex Morgan,Anesthesiology,01/14/2027,interviewed,no',
  '"Sample Health Anesthesiology",samplehealth.org,Dr. Sam Lee,Anesthesiology,"Jan 21, 2027",invited,yes',
  '',
].join('\n');

const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function typedPrograms(text: string): ProgramsCsvResult {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const first = (lines[0] ?? '').toLowerCase();
  if (!lines.length) return { programs: [], rows: [], errors: [], warnings: [] };
  // A pasted spreadsheet starts with a header naming the program column.
  if (/^\s*"?(?:program|program name|name|residency)"?\s*[,;\t]/.test(first)) {
    return programsFromCsv(text.replace(/\t/g, ','));
  }
  const rows = lines.map((line) => {
    const [name = '', ...rest] = line.split(',');
    return `${csvCell(name.trim())},${csvCell(rest.join(',').trim())}`;
  });
  return programsFromCsv(['Program,Email domains', ...rows].join('\n'));
}
