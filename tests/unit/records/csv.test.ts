import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeCsvBytes, detectSeparator, parseCsv } from '../../../src/records';

const cells = (text: string, separator?: string) => {
  const r = parseCsv(text, separator);
  if (!r.ok) throw new Error(r.error);
  return r.records.map((rec) => rec.cells);
};

describe('RFC 4180', () => {
  test('plain fields, LF and CRLF line ends, and a missing final line break', () => {
    expect(cells('a,b\r\nc,d\ne,f')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ]);
  });

  test('quoted fields hold separators, doubled quotes and line breaks', () => {
    expect(cells('"Grady, Atlanta","say ""hi""","two\r\nlines"\r\n')).toEqual([
      ['Grady, Atlanta', 'say "hi"', 'two\r\nlines'],
    ]);
  });

  test('empty fields are kept, including trailing ones', () => {
    expect(cells('a,,c,\n,,,\n')).toEqual([
      ['a', '', 'c', ''],
      ['', '', '', ''],
    ]);
  });

  test('a UTF-8 byte-order mark (Excel) is not part of the first header', () => {
    expect(cells('\uFEFFProgram,PD\n')).toEqual([['Program', 'PD']]);
  });

  test('a quote inside an unquoted field is kept as text', () => {
    expect(cells('Dr. O"Neil,x\n')).toEqual([['Dr. O"Neil', 'x']]);
  });

  test('rows are numbered as a spreadsheet shows them, even when a cell holds a line break', () => {
    const r = parseCsv('h\n"a\nb"\nc\n');
    expect(r.ok && r.records.map((x) => x.row)).toEqual([1, 2, 3]);
  });

  test('a quote never closed is an error naming the row', () => {
    expect(parseCsv('h1,h2\nx,"open\n')).toEqual({
      ok: false,
      error: 'row 2: a quoted field is never closed',
    });
  });

  test('any table survives being written as RFC 4180 and read back', () => {
    const cell = fc.string({ unit: 'grapheme', maxLength: 12 });
    const table = fc
      .integer({ min: 1, max: 4 })
      .chain((width) =>
        fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 5 }),
      )
      // A row that is one empty cell is written as an empty line, which readers (rightly) skip.
      .filter((rows) => rows.every((r) => r.length > 1 || r[0] !== ''));
    fc.assert(
      fc.property(table, fc.constantFrom('\n', '\r\n'), (rows, eol) => {
        const quote = (s: string) =>
          /[",\r\n]/.test(s) || s.startsWith('"') ? `"${s.replaceAll('"', '""')}"` : s;
        const text = rows.map((r) => r.map(quote).join(',')).join(eol) + eol;
        // The separator is given: a generated header could hold more ";" than ",", which is detection's job.
        expect(cells(text, ',')).toEqual(rows);
      }),
    );
  });
});

describe('separator', () => {
  test('semicolon and tab files (non-US spreadsheet exports) are recognised from the header', () => {
    expect(detectSeparator('Program;PD;Domains\n')).toBe(';');
    expect(detectSeparator('Program\tPD\n')).toBe('\t');
    expect(detectSeparator('"A;B",C\n')).toBe(',');
    expect(cells('Program;Domains\nLantern Bay;"a.org;b.org"\n')).toEqual([
      ['Program', 'Domains'],
      ['Lantern Bay', 'a.org;b.org'],
    ]);
  });
});

describe('B18a: a quote inside a quoted field', () => {
  test('that is not doubled is refused with its row, not read as different text', () => {
    const r = parseCsv('Program,City\n"St. Mary\'s "Best" Hospital",Springfield\n');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/^row 2: a quote inside a quoted field must be doubled/);
  });

  test('doubled, it is one quote (RFC 4180)', () => {
    expect(parseCsv('"St. Mary\'s ""Best"" Hospital",x')).toEqual({
      ok: true,
      records: [{ row: 1, cells: ['St. Mary\'s "Best" Hospital', 'x'] }],
    });
  });
});

describe("B9: the file's encoding", () => {
  const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
  test('Windows-1252 (Excel on Windows) is decoded as such, with a note, never as U+FFFD', () => {
    const d = decodeCsvBytes(latin1('Program,City\nHôpital Général,Montréal\n'));
    expect(d.encoding).toBe('windows-1252');
    expect(d.text).toBe('Program,City\nHôpital Général,Montréal\n');
    expect(d.note).toMatch(/read as Windows-1252/);
    // Characters Latin-1 lacks but Windows-1252 has (curly quotes, the euro sign).
    expect(decodeCsvBytes(Uint8Array.from([0x93, 0x41, 0x94, 0x80])).text).toBe('\u201cA\u201d\u20ac');
  });

  test('UTF-8 (with or without a byte-order mark) and UTF-16 with one are read as they are, with no note', () => {
    const text = 'Program,City\nHôpital Général,Montréal\n';
    const utf8 = new TextEncoder().encode(text);
    expect(decodeCsvBytes(utf8)).toEqual({ text, encoding: 'utf-8' });
    expect(decodeCsvBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text, encoding: 'utf-8' });
    const utf16 = Uint8Array.from([
      0xff,
      0xfe,
      ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ]);
    expect(decodeCsvBytes(utf16)).toEqual({ text, encoding: 'utf-16le' });
  });
});
