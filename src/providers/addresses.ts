/** Recipient text → addresses. Pages show "Name <email>", a bare address, or only a name. */

const EMAIL = /[a-z0-9._%+'-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/i;

export interface ParsedAddress {
  email: string | null;
  name: string | null;
}

/** The first address in `text`, lower-cased, or null. */
export function emailIn(text: string | null | undefined): string | null {
  const match = text ? EMAIL.exec(text) : null;
  return match ? match[0].toLowerCase() : null;
}

/** One recipient's text: `"Marsh, Evelyn" <em@x.org>`, `em@x.org`, or `Dr. Evelyn Marsh`. */
export function parseAddress(text: string): ParsedAddress | null {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean) return null;
  const email = emailIn(clean);
  const name = (email ? clean.replace(/<[^>]*>/, '').replace(EMAIL, '') : clean).replace(
    /^[\s"']+|[\s"']+$/g,
    '',
  );
  return { email, name: name || null };
}

/** A comma/semicolon separated list, as in Gmail's legacy recipient textarea; commas inside quotes stay. */
export function parseAddressList(value: string): ParsedAddress[] {
  const parts = value.split(/[,;](?=(?:[^"]*"[^"]*")*[^"]*$)/);
  return parts.map(parseAddress).filter((a): a is ParsedAddress => a !== null);
}
