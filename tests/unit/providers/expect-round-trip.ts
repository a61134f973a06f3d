/** The map contract every compose snapshot must keep (webmail-dom.md §4.3, §8 pitfall 6). */

import { expect } from 'vitest';
import { comparableText } from '../../../src/providers/dom-text';
import type { ComposeSnapshot } from '../../../src/providers/types';

const INVISIBLE = /[\u00A0\u200B\uFEFF]/;

/**
 * For many offsets: each in-line range reads back its slice (exactly, when the DOM text has no NBSP or
 * zero-width characters) and each range's ends map back to their offsets. Returns how many ranges were checked.
 */
export function expectRoundTrip({ text, map }: ComposeSnapshot): number {
  let checked = 0;
  for (let s = 0; s <= text.length; s++) {
    const lineEnd = text.indexOf('\n', s) === -1 ? text.length : text.indexOf('\n', s);
    const ends = new Set([s, s + 1, s + 7, s + 23, lineEnd].filter((e) => e <= lineEnd));
    for (const e of ends) {
      const range = map.rangeFor(s, e);
      expect(range, `rangeFor(${s}, ${e})`).not.toBeNull();
      if (!range) continue;
      const read = range.toString();
      const slice = text.slice(s, e);
      if (INVISIBLE.test(read)) expect(comparableText(read), `comparable ${s}-${e}`).toBe(slice);
      else expect(read, `exact ${s}-${e}`).toBe(slice);
      if (!(text[s - 1] === '\n' && text[s] === '\n')) {
        expect(map.offsetOf(range.startContainer, range.startOffset), `start of ${s}-${e}`).toBe(s);
      }
      if (e > s) expect(map.offsetOf(range.endContainer, range.endOffset), `end of ${s}-${e}`).toBe(e);
      checked++;
    }
  }
  return checked;
}

/** Whether a range starts at or before the point where `node` begins (so text put there precedes it). */
export function startsBefore(point: Range, node: Node): boolean {
  const nodeStart = node.ownerDocument!.createRange();
  nodeStart.setStartBefore(node);
  return nodeStart.comparePoint(point.startContainer, point.startOffset) <= 0;
}
