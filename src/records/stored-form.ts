/**
 * The form a record takes in `storage.local`. The program list is kept packed: its JSON text, gzipped, as
 * base64 after the prefix `gzip-base64:`. Chrome's cost for a stored value grows with its size (and more
 * for objects, converted one by one on every write, read and change event, in the writer, the browser and
 * every page and mail tab listening for changes): 10,000 programs took 1–3 s to store as objects, 0.25–0.9 s
 * as one JSON string (1.7 MB), and 15–25 ms packed (160 kB); see docs/performance.md (B11). The other
 * records are small and stay objects. What a program is (the schema, `programs$` version 2) is unchanged;
 * only its packing is.
 *
 * Reading accepts every form: a list stored as an array by an earlier version, or as plain JSON text, is read
 * as it is and packed the next time it is written. A string that does not unpack is returned as it is: the
 * schema check then sets it aside whole, exactly as found, so nothing is lost (an earlier version finding the
 * packed string does the same). Pure functions: storage.ts does the reading and writing.
 */
import type { Records } from './schemas';

/** Records kept packed rather than as a tree of objects. */
const PACKED: ReadonlySet<keyof Records> = new Set(['programs']);

/** What starts a packed value; the rest is base64 of the gzipped JSON text. */
export const PACKED_PREFIX = 'gzip-base64:';

/** True for a record that is stored packed. */
export const isPacked = (name: keyof Records) => PACKED.has(name);

/** The value to store for a record. */
export async function packRecord(name: keyof Records, value: unknown): Promise<unknown> {
  if (!PACKED.has(name)) return value;
  return PACKED_PREFIX + toBase64(await gzip(new TextEncoder().encode(JSON.stringify(value))));
}

/**
 * The JSON text inside a stored string (packed or plain), or null when it is no such text (it then reads as
 * itself and is set aside). Throws only when this browser cannot unzip at all, which is not the data's fault.
 */
export async function storedText(stored: string): Promise<string | null> {
  if (!stored.startsWith(PACKED_PREFIX)) return stored;
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(stored.slice(PACKED_PREFIX.length));
  } catch {
    return null;
  }
  if (typeof DecompressionStream !== 'function') throw new Error('this browser cannot unzip stored data');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await gunzip(bytes));
  } catch {
    return null;
  }
}

/** The record as its schema expects it, from the value found in storage (any form). */
export async function unpackRecord(name: keyof Records, stored: unknown): Promise<unknown> {
  if (!PACKED.has(name) || typeof stored !== 'string') return stored;
  const text = await storedText(stored);
  if (text === null) return stored;
  try {
    return JSON.parse(text);
  } catch {
    return stored;
  }
}

/**
 * `bytes` through a compression stream, fed from a Blob and read by a Response: a Firefox content script
 * cannot write its own bytes into the stream's writer (the program list did not unpack in a Firefox mail tab).
 */
async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream) {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>]);
  return new Uint8Array(await new Response(blob.stream().pipeThrough(stream)).arrayBuffer());
}

const gzip = (bytes: Uint8Array) => through(bytes, new CompressionStream('gzip'));
const gunzip = (bytes: Uint8Array) => through(bytes, new DecompressionStream('gzip'));

/** Node's Buffer, where there is one (tests): Node's `btoa` takes seconds on megabytes. */
const NodeBuffer = (globalThis as { Buffer?: { from(b: Uint8Array): { toString(enc: 'base64'): string } } })
  .Buffer;

function toBase64(bytes: Uint8Array): string {
  if (NodeBuffer) return NodeBuffer.from(bytes).toString('base64');
  let binary = '';
  // In slices: String.fromCharCode takes its characters as arguments, and there is a limit to those.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** The bytes of base64 text; throws on anything that is not base64. */
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
