/** Reads a draft file (.eml or .txt) with errors that name the file and say what is wrong with it. */
import { readFile, stat } from 'node:fs/promises';
import PostalMime from 'postal-mime';

export class InputError extends Error {}

export interface DraftFile {
  path: string;
  body: string;
  /** Context the file itself carries (.eml headers, or a .txt draft's `Subject:` first line). */
  headers: { to?: string[]; cc?: string[]; subject?: string; today?: string; isReply?: boolean };
  /**
   * How many lines of the file come before `body` when the body is the file's own text from some line on
   * (a .txt after its `Subject:` line), so a finding's line can name the line in the file. 0 otherwise.
   */
  linesBefore: number;
}

/** "Subject: Thank you", as `matchmail templates render` prints it and as people paste a draft. */
const SUBJECT_LINE = /^subject:[ \t]*([^\n]*?)[ \t]*(?:\r?\n|$)/i;

/**
 * A .txt draft: a first line `Subject: …` is the subject, not part of the draft, and so are the blank lines
 * after it. Without that line the whole file is the body and the subject is unknown.
 */
export function readTxt(path: string, raw: string): DraftFile {
  const text = raw.replace(/^\uFEFF/, '');
  const m = SUBJECT_LINE.exec(text);
  if (!m) return { path, body: text, headers: {}, linesBefore: 0 };
  const blank = /^(?:[ \t]*\r?\n)*/.exec(text.slice(m[0].length))![0];
  const body = text.slice(m[0].length + blank.length);
  if (body.trim() === '') throw new InputError(`${path}: has a Subject: line but no draft text after it`);
  return {
    path,
    body,
    headers: { subject: m[1]! },
    linesBefore: 1 + (blank.match(/\n/g)?.length ?? 0),
  };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The calendar date as the sender wrote it ("Fri, 05 Mar 2027 16:05:31 -0500" → 2027-03-05). */
export function dateHeaderToIso(value: string | undefined): string | undefined {
  const m = value && /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})/.exec(value);
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[2]!.toLowerCase());
  if (month < 0) return undefined;
  return `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

function looksBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, 8192);
  for (let i = 0; i < n; i++) if (buf[i] === 0) return true;
  return false;
}

export async function readBytes(path: string): Promise<Buffer> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot be read (${code})`);
  }
  if (info.isDirectory()) throw new InputError(`${path}: is a directory, not a file`);
  try {
    return await readFile(path);
  } catch (e) {
    throw new InputError(`${path}: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

export async function readDraft(path: string): Promise<DraftFile> {
  const lower = path.toLowerCase();
  if (!lower.endsWith('.eml') && !lower.endsWith('.txt')) {
    throw new InputError(`${path}: not a .eml or .txt file`);
  }
  const buf = await readBytes(path);
  if (buf.length === 0 || buf.toString('utf8').trim() === '') throw new InputError(`${path}: is empty`);
  if (looksBinary(buf)) throw new InputError(`${path}: looks like a binary file, not an email draft`);
  if (lower.endsWith('.txt')) return readTxt(path, buf.toString('utf8'));

  const mail = await PostalMime.parse(buf);
  const addrs = (list: { address?: string; name?: string }[] | undefined) =>
    (list ?? []).flatMap((a) => (a.address ? [a.name ? `${a.name} <${a.address}>` : a.address] : []));
  const header = (name: string) => mail.headers.find((h) => h.key === name)?.value;
  const body = (mail.text ?? '').replace(/\r\n/g, '\n');
  if (body.trim() === '') throw new InputError(`${path}: has no plain-text body`);
  // A saved draft without a Subject header has an empty subject: that is what the program would receive.
  const subject = mail.subject ?? '';
  return {
    path,
    body,
    linesBefore: 0,
    headers: {
      to: addrs(mail.to as { address?: string; name?: string }[] | undefined),
      cc: addrs(mail.cc as { address?: string; name?: string }[] | undefined),
      subject,
      today: dateHeaderToIso(header('date')),
      isReply: !!header('in-reply-to') || undefined,
    },
  };
}
