/**
 * Everything the command line prints that came from a file (draft text, file names, program names, template
 * values) goes through here, so a terminal never interprets it: control characters become "?".
 */

function isControl(c: number): boolean {
  return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

/** One line: whitespace collapsed, control characters shown as "?". */
export function oneLine(s: string): string {
  let out = '';
  for (const ch of s.replace(/\s+/g, ' ').trim()) {
    const c = ch.codePointAt(0) ?? 0;
    out += isControl(c) ? '?' : ch;
  }
  return out;
}

/** Several lines: newlines and tabs kept, every other control character shown as "?". */
export function printableText(s: string): string {
  let out = '';
  for (const ch of s.replace(/\r\n?/g, '\n')) {
    const c = ch.codePointAt(0) ?? 0;
    out += c === 10 || c === 9 ? ch : isControl(c) ? '?' : ch;
  }
  return out;
}

/** JSON.stringify leaves DEL and C1 controls raw; escape them so no terminal acts on them. */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[\u007f-\u009f]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
