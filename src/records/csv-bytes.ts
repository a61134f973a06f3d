/**
 * The text of a CSV file from its bytes. Excel on Windows saves "CSV (Comma delimited)" in Windows-1252, not
 * UTF-8; reading those bytes as UTF-8 would store "Hôpital" as "H\uFFFDpital" without a word (B9). So: a
 * byte-order mark decides when there is one; otherwise the bytes are read as UTF-8 only if they are valid
 * UTF-8, and as Windows-1252 if not, with a note saying so.
 */

/**
 * Windows-1252 differs from Latin-1 only in 0x80–0x9F (curly quotes, dashes, €…); five bytes there are
 * unassigned and read as the C1 control of the same number, as browsers do. Decoded here rather than by
 * TextDecoder('windows-1252'), which some runtimes (Node 20) treat as plain Latin-1.
 */
const CP1252_80_9F =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (b) =>
      b >= 0x80 && b <= 0x9f ? CP1252_80_9F[b - 0x80]! : String.fromCharCode(b),
    );
    out += chunk.join('');
  }
  return out;
}

export interface DecodedCsv {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  /** Said in the preview when the encoding was a guess the user should check. */
  note?: string;
}

export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  const starts = (...b: number[]) => b.every((x, i) => bytes[i] === x);
  if (starts(0xef, 0xbb, 0xbf))
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (starts(0xff, 0xfe))
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (starts(0xfe, 0xff))
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return {
      text: decodeWindows1252(bytes),
      encoding: 'windows-1252',
      note: 'the file is not UTF-8, so it was read as Windows-1252 (what Excel on Windows saves as "CSV (Comma delimited)"); check that accented names look right below',
    };
  }
}
