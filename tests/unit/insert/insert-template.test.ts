// @vitest-environment happy-dom
/**
 * Insertion primitives on the provider fixtures. happy-dom has no `document.execCommand`, so the tests
 * either stand one in (to prove it is the path taken, with focus and selection set first) or exercise the
 * fallback (beforeinput, then text nodes + input event). Real undo is tested in Chromium
 * (tests/e2e/templates.e2e.test.ts).
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  assertNoPlaceholder,
  fillSubject,
  hasPlaceholder,
  insertionRange,
  insertText,
  PlaceholderError,
  padForInsertion,
} from '../../../src/content/insert-template';
import { gmail, outlook } from '../../../src/providers';
import type { ComposeHandle, Provider } from '../../../src/providers/types';
import { loadFixture } from '../providers/load-fixture';

function only(provider: Provider, path: string): ComposeHandle {
  const composes = provider.findComposes(loadFixture(path));
  expect(composes).toHaveLength(1);
  return composes[0] as ComposeHandle;
}

function textNode(root: Node, needle: string): Text {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    if ((n as Text).data.includes(needle)) return n as Text;
  throw new Error(`no text node with "${needle}"`);
}

function caretAt(node: Node, offset: number): Range {
  const r = document.createRange();
  r.setStart(node, offset);
  r.collapse(true);
  return r;
}

const precedes = (a: Node, b: Node) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

const TEMPLATE = 'Dear Dr. Marsh,\n\nI am writing to share my continued interest.\n\nSincerely,\nMaya Okafor';

afterEach(() => {
  Reflect.deleteProperty(document, 'execCommand');
});

describe('padForInsertion', () => {
  test.each([
    ['', '', 'T'],
    ['Dear Dr. Marsh,', '', '\n\nT'],
    ['Dear Dr. Marsh,\n', '', '\nT'],
    ['Dear Dr. Marsh,\n\n', '', 'T'],
    ['', 'Sincerely,', 'T\n\n'],
    ['A', '\nB', '\n\nT\n'],
    ['A\n\n', '\n\nB', 'T'],
    ['   ', '  ', 'T'],
  ])('before %j, after %j → %j', (before, after, expected) => {
    expect(padForInsertion('T', before, after)).toBe(expected);
  });

  test('leading and trailing blank lines of the template are not doubled', () => {
    expect(padForInsertion('\n\nT\n', 'A', '')).toBe('\n\nT');
  });
});

describe('placeholders never reach the draft', () => {
  test.each(['{{program.name}}', 'a }} b', '[[ on {{x}}]]', 'text ]] more'])('%j is template markup', (s) => {
    expect(hasPlaceholder(s)).toBe(true);
    expect(() => assertNoPlaceholder('fine', s)).toThrow(PlaceholderError);
  });

  test('plain brackets and braces are not', () => {
    expect(hasPlaceholder('See [1] and {x}: fine.')).toBe(false);
  });

  test('insertText refuses markup before touching the DOM', () => {
    const compose = only(gmail, 'gmail/new-compose.html');
    const before = compose.editable.innerHTML;
    expect(() => insertText(compose, 'Dear Dr. {{program.director.lastName}},')).toThrow(PlaceholderError);
    expect(compose.editable.innerHTML).toBe(before);
  });
});

describe('insertText through execCommand (the editor input path)', () => {
  test('focuses the body, selects the insertion point, then inserts the padded text in one call', () => {
    const compose = only(gmail, 'gmail/new-compose.html');
    const calls: { command: string; text: string; focused: boolean; range: Range | null }[] = [];
    const beforeinput = vi.fn();
    compose.editable.addEventListener('beforeinput', beforeinput);
    const expected = compose.insertionPoint();
    Object.defineProperty(document, 'execCommand', {
      configurable: true,
      value: (command: string, _ui: boolean, text: string) => {
        const selection = document.getSelection();
        const range = selection?.rangeCount ? selection.getRangeAt(0) : null;
        calls.push({ command, text, focused: document.activeElement === compose.editable, range });
        // What Chromium does, in short: the text lands at the selection.
        range?.insertNode(document.createTextNode(text.replace(/\n+/g, ' ')));
        return true;
      },
    });

    const result = insertText(compose, TEMPLATE);

    expect(calls).toHaveLength(1);
    expect(calls[0]?.command).toBe('insertText');
    expect(calls[0]?.focused).toBe(true);
    expect(calls[0]?.text).toBe(`\n\n${TEMPLATE}`);
    expect(calls[0]?.range?.startContainer).toBe(expected.startContainer);
    expect(calls[0]?.range?.startOffset).toBe(expected.startOffset);
    expect(result).toEqual({ ok: true, method: 'execCommand', inserted: `\n\n${TEMPLATE}` });
    expect(beforeinput, 'no synthetic event when execCommand worked').not.toHaveBeenCalled();
  });

  test('falls back when execCommand returns false', () => {
    const compose = only(gmail, 'gmail/new-compose.html');
    Object.defineProperty(document, 'execCommand', { configurable: true, value: () => false });
    expect(insertText(compose, TEMPLATE).method).toBe('range');
  });

  test('falls back when execCommand throws', () => {
    const compose = only(gmail, 'gmail/new-compose.html');
    Object.defineProperty(document, 'execCommand', {
      configurable: true,
      value: () => {
        throw new Error('not allowed');
      },
    });
    expect(insertText(compose, TEMPLATE).method).toBe('range');
  });
});

describe('insertText fallback (no execCommand)', () => {
  test('Gmail new compose: beforeinput, then the lines at the end of the author text, above the signature', () => {
    const compose = only(gmail, 'gmail/new-compose.html');
    const signature = compose.editable.querySelector('.gmail_signature') as Element;
    const signatureHtml = signature.outerHTML;
    const events: string[] = [];
    for (const type of ['beforeinput', 'input'])
      compose.editable.addEventListener(type, (e) => {
        const ie = e as InputEvent;
        events.push(`${type}:${ie.inputType}:${ie.data === `\n\n${TEMPLATE}`}`);
      });

    const result = insertText(compose, TEMPLATE);

    expect(result.ok).toBe(true);
    expect(result.method).toBe('range');
    expect(events).toEqual(['beforeinput:insertText:true', 'input:insertText:true']);
    const inserted = textNode(compose.editable, 'I am writing to share my continued interest.');
    expect(precedes(inserted, signature)).toBe(true);
    expect(precedes(textNode(compose.editable, 'Maya Okafor'), inserted)).toBe(true);
    expect(signature.outerHTML).toBe(signatureHtml);
    expect(compose.read().text).toContain('I am writing to share my continued interest.');
    expect(compose.read().signature).toContain('Maya Okafor, MD');
    // Only the editor's kind of nodes: text and <br>, nothing of ours.
    expect(compose.editable.querySelectorAll('[data-mm], matchmail-panel, [class^="mm-"]')).toHaveLength(0);
  });

  test('an editor that handles beforeinput itself (and cancels it) is left to do the insertion', () => {
    const compose = only(gmail, 'gmail/new-compose.html');
    compose.editable.addEventListener('beforeinput', (e) => {
      e.preventDefault();
      const range = document.getSelection()?.getRangeAt(0);
      range?.insertNode(document.createTextNode((e as InputEvent).data ?? ''));
    });
    const input = vi.fn();
    compose.editable.addEventListener('input', input);
    const result = insertText(compose, 'One line from the editor.');
    expect(result).toMatchObject({ ok: true, method: 'beforeinput' });
    expect(input).not.toHaveBeenCalled();
    expect(compose.editable.textContent?.match(/One line from the editor\./g)).toHaveLength(1);
  });

  test('Outlook: a remembered caret in the author text is where the template goes', () => {
    const compose = only(outlook, 'outlook/docked-compose.html');
    const greeting = textNode(compose.editable, 'Dear Dr. Marsh,');
    const caret = caretAt(greeting, greeting.data.length);
    insertText(compose, 'Inserted at the caret.', caret);
    const text = compose.read().text;
    expect(text.startsWith('Dear Dr. Marsh,\n\nInserted at the caret.')).toBe(true);
    expect(text.indexOf('Inserted at the caret.')).toBeLessThan(text.indexOf('I am a graduate'));
  });
});

describe('where the template goes', () => {
  test('a selection is collapsed to its end: the author text is never overwritten', () => {
    const compose = only(gmail, 'gmail/new-compose.html');
    const node = textNode(compose.editable, 'Dear Dr.');
    const selection = document.createRange();
    selection.setStart(node, 0);
    selection.setEnd(node, 4);
    const range = insertionRange(compose, selection);
    expect(range.collapsed).toBe(true);
    expect(range.startContainer).toBe(node);
    expect(range.startOffset).toBe(4);
  });

  test('a remembered caret in the signature or the quote is not used: the end of the author text is', () => {
    const compose = only(gmail, 'gmail/reply-inline.html');
    const end = compose.read().text.length;
    for (const needle of ['Maya Okafor, MD', 'where will you rank us']) {
      const range = insertionRange(compose, caretAt(textNode(compose.editable, needle), 2));
      expect(compose.read().map.offsetOf(range.startContainer, range.startOffset)).toBe(end);
      expect(precedes(range.startContainer, compose.editable.querySelector('.gmail_quote') as Element)).toBe(
        true,
      );
    }
  });

  test('a caret left in a node the editor has since removed is not used', () => {
    const compose = only(gmail, 'gmail/new-compose.html');
    const stale = document.createElement('div');
    stale.textContent = 'gone';
    const range = insertionRange(compose, caretAt(stale.firstChild as Text, 2));
    expect(compose.editable.contains(range.startContainer)).toBe(true);
  });

  test('an empty compose (signature only) gets the template on its first line, above the signature', () => {
    const doc = loadFixture('gmail/two-composes.html');
    const fresh = gmail.findComposes(doc)[1] as ComposeHandle;
    expect(fresh.read().text).toBe('');
    insertText(fresh, TEMPLATE);
    const signature = fresh.editable.querySelector('.gmail_signature') as Element;
    expect(precedes(textNode(fresh.editable, 'continued interest'), signature)).toBe(true);
    expect(fresh.read().text.replace(/\s+/g, ' ')).toBe(TEMPLATE.replace(/\s+/g, ' '));
  });
});

describe('fillSubject', () => {
  test('fills an empty subject through the native setter and tells the page with a bubbling input event', () => {
    const compose = only(gmail, 'gmail/new-compose.html');
    const input = compose.subjectInput as HTMLInputElement;
    input.value = '';
    // A framework's per-instance value property (as React keeps) must be bypassed.
    let instanceSetterUsed = false;
    Object.defineProperty(input, 'value', {
      configurable: true,
      get() {
        return Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.get?.call(this);
      },
      set() {
        instanceSetterUsed = true;
      },
    });
    const seen: string[] = [];
    compose.root.addEventListener('input', (e) =>
      seen.push(`${e.type}:${(e.target as HTMLInputElement).value}`),
    );

    expect(fillSubject(input, 'Letter of interest – Maya Okafor')).toBe(true);
    expect(instanceSetterUsed).toBe(false);
    expect(input.value).toBe('Letter of interest – Maya Okafor');
    expect(seen).toEqual(['input:Letter of interest – Maya Okafor']);
  });

  test('leaves a subject the author wrote, a missing subject field and an empty template subject alone', () => {
    const compose = only(gmail, 'gmail/new-compose.html');
    const input = compose.subjectInput as HTMLInputElement;
    const written = input.value;
    expect(written).not.toBe('');
    expect(fillSubject(input, 'Another subject')).toBe(false);
    expect(input.value).toBe(written);
    expect(fillSubject(null, 'Another subject')).toBe(false);
    input.value = '';
    expect(fillSubject(input, '   ')).toBe(false);
    expect(input.value).toBe('');
  });

  test('refuses template markup', () => {
    const input = document.createElement('input');
    expect(() => fillSubject(input, 'Letter of intent – {{profile.name}}')).toThrow(PlaceholderError);
    expect(input.value).toBe('');
  });
});
