/**
 * A value read from the extension's storage as the product wrote it. The program list is stored packed
 * (src/records/stored-form.ts): unpacked here with Node's own base64 and gzip, not the product's code, so the
 * e2e tests also check that what the browser stored is plain gzip.
 */
import { gunzipSync } from 'node:zlib';
import { PACKED_PREFIX } from '../../src/records/stored-form';

export function unpackStored(value: unknown): unknown {
  if (typeof value !== 'string' || !value.startsWith(PACKED_PREFIX)) return value;
  return JSON.parse(gunzipSync(Buffer.from(value.slice(PACKED_PREFIX.length), 'base64')).toString('utf8'));
}
