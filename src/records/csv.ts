/**
 * A small RFC 4180 reader: quoted fields, doubled quotes inside them, commas and line breaks inside
 * quotes, CRLF or LF, and a UTF-8 byte-order mark (Excel writes one). Spreadsheets exported with a
 * semicolon or tab separator (common outside the US) are read too: the header row decides.
 *
 * It is lenient where spreadsheets are sloppy (a stray quote inside an unquoted field is kept as text) and
 * strict where guessing would change the data: a quote left open to the end of the file, and a quote inside
 * a quoted field that is not doubled (`"St. Mary's "Best" Hospital"` cannot be read without guessing, so it
 * is refused with its row rather than stored as something else).
 */

export interface CsvRecord {
  /** The spreadsheet row number: the header is row 1. */
  row: number;
  cells: string[];
}

export type CsvResult = { ok: true; records: CsvRecord[] } | { ok: false; error: string };

const SEPARATORS = [',', ';', '\t'] as const;

/** The separator used most in the first line, outside quotes; a comma when there is no evidence. */
export function detectSeparator(text: string): string {
  const counts = new Map<string, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const s of SEPARATORS) if (counts.get(s)! > counts.get(best)!) best = s;
  return best;
}

export function parseCsv(input: string, separator?: string): CsvResult {
  const text = input.replace(/^\uFEFF/, '');
  const sep = separator ?? detectSeparator(text);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  // Rows are counted as a spreadsheet shows them: a cell holding a line break is still one row.
  let row = 1;

  const endRecord = () => {
    cells.push(cell);
    records.push({ row, cells });
    row++;
    cells = [];
    cell = '';
  };

  // Runs of ordinary characters are copied as one slice, not a character at a time (B11: a 10,000-row file).
  const ordinary = (c: string) => c !== sep && c !== '\n' && c !== '\r';
  for (let i = 0; i < text.length; i++) {
    if (quoted) {
      const q = text.indexOf('"', i);
      if (q === -1) break;
      cell += text.slice(i, q);
      i = q;
      const next = text[i + 1];
      if (next === '"') {
        cell += '"';
        i++;
      } else if (next === undefined || next === sep || next === '\n' || next === '\r') quoted = false;
      else {
        return {
          ok: false,
          error: `row ${row}: a quote inside a quoted field must be doubled ("") — the field reads ${JSON.stringify(`${cell}"${text.slice(i + 1, i + 21)}`)}…`,
        };
      }
      continue;
    }
    const ch = text[i]!;
    if (ch === '"' && cell === '') {
      quoted = true;
    } else if (ch === sep) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      endRecord();
      i++;
    } else if (ch === '\n' || ch === '\r') {
      endRecord();
    } else {
      // A quote after the first character of an unquoted cell is kept as text, as before.
      let end = i + 1;
      while (end < text.length && ordinary(text[end]!)) end++;
      cell += text.slice(i, end);
      i = end - 1;
    }
  }
  if (quoted) return { ok: false, error: `row ${row}: a quoted field is never closed` };
  // A final line without a line break still counts; a trailing line break does not add an empty record.
  if (cell !== '' || cells.length > 0) endRecord();
  return { ok: true, records };
}
