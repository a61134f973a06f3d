/**
 * Puts a filled template into a compose window through the editor's own input path (webmail-dom.md §3.3):
 * focus the body, put the caret back where it was, then `document.execCommand('insertText')`. The browser
 * treats that as typing: it fires real `input` events, Gmail's and Outlook's editors see ordinary text, and
 * the whole insertion is one step of the undo history, so Ctrl+Z takes it out again.
 *
 * Checked in Chromium: one `insertText` call whose text holds '\n' gives one `<div>` per line (a blank line
 * is `<div><br></div>`, as when the author presses Enter) and is undone by a single Ctrl+Z, also right after
 * the author typed (setting the selection closes their typing step first). Per-line `insertParagraph` or
 * `insertLineBreak` calls also undo in one step, but line breaks leave `<br>`s inside one `<div>`, so the
 * single call is used. (Firefox turns '\n' into `<br>`: still one line per line of the template.)
 *
 * Only when execCommand refuses (returns false or throws) does this fall back: first a cancelable
 * `beforeinput` (an editor that owns its input, such as Slate or Lexical, applies it and cancels it), then
 * plain text nodes and `<br>`s at the range followed by an `input` event. That fallback is not undoable;
 * Chromium never needs it.
 *
 * Nothing of ours is ever left in the editable: the only nodes added are the editor's own lines (or, in
 * the fallback, bare text nodes and `<br>`s).
 */
import type { ComposeHandle } from '../providers/types';

export type InsertMethod = 'execCommand' | 'beforeinput' | 'range';

export interface InsertResult {
  /** The text is now in the author's part of the draft. */
  ok: boolean;
  method: InsertMethod;
  /** What was inserted, with the blank lines added to keep it apart from the author's paragraphs. */
  inserted: string;
}

/** Template markup: `{{field}}` or an optional part `[[ … ]]`. None of it may reach a draft. */
const PLACEHOLDER = /\{\{|\}\}|\[\[|\]\]/;

export function hasPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text);
}

export class PlaceholderError extends Error {
  constructor(text: string) {
    const at = text.search(PLACEHOLDER);
    super(`template markup left in the text near "${text.slice(Math.max(0, at - 20), at + 20)}"`);
  }
}

/** Throws before anything is written when a template placeholder is still in the text. */
export function assertNoPlaceholder(...texts: string[]): void {
  for (const t of texts) if (hasPlaceholder(t)) throw new PlaceholderError(t);
}

/**
 * Blank lines around the template so it stands as its own paragraphs: `before` and `after` are the author's
 * text on either side of the insertion point ('\n' between lines, '\n\n' between paragraphs).
 */
export function padForInsertion(text: string, before: string, after: string): string {
  const body = text.replace(/^\n+|\n+$/g, '');
  let prefix = '';
  if (before.trim() !== '') {
    if (!before.endsWith('\n')) prefix = '\n\n';
    else if (!before.endsWith('\n\n')) prefix = '\n';
  }
  let suffix = '';
  if (after.trim() !== '') {
    if (!after.startsWith('\n')) suffix = '\n\n';
    else if (!after.startsWith('\n\n')) suffix = '\n';
  }
  return prefix + body + suffix;
}

/** Whether a remembered caret still lies in the author's own text (not the quote, not the signature). */
export function caretInAuthorText(handle: ComposeHandle, caret: Range | null | undefined): caret is Range {
  if (!caret) return false;
  const { editable } = handle;
  if (!editable.contains(caret.startContainer) || !editable.contains(caret.endContainer)) return false;
  const { map } = handle.read();
  return (
    map.offsetOf(caret.startContainer, caret.startOffset) !== null &&
    map.offsetOf(caret.endContainer, caret.endOffset) !== null
  );
}

/**
 * Where the template goes: the remembered caret when it is in the author's text (collapsed to its end, so
 * a selection is never overwritten), else the adapter's choice: the end of the author's text, which is
 * above the signature and the quoted history.
 */
export function insertionRange(handle: ComposeHandle, caret: Range | null | undefined): Range {
  const range = caretInAuthorText(handle, caret) ? caret.cloneRange() : handle.insertionPoint(caret ?? null);
  range.collapse(false);
  return range;
}

function normalized(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

function select(doc: Document, range: Range): void {
  const selection = doc.getSelection();
  if (!selection) return;
  selection.removeAllRanges();
  selection.addRange(range);
}

function execInsert(doc: Document, text: string): boolean {
  if (typeof doc.execCommand !== 'function') return false;
  try {
    return doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

/** The fallback: text nodes and `<br>`s at the range, then the caret after them. */
function insertLines(doc: Document, range: Range, text: string): void {
  const fragment = doc.createDocumentFragment();
  text.split('\n').forEach((line, i) => {
    if (i > 0) fragment.append(doc.createElement('br'));
    if (line) fragment.append(doc.createTextNode(line));
  });
  const last = fragment.lastChild;
  range.insertNode(fragment);
  if (last) {
    range.setStartAfter(last);
    range.collapse(true);
    select(doc, range);
  }
}

function dispatchInsert(editable: HTMLElement, range: Range, text: string): InsertMethod {
  const doc = editable.ownerDocument;
  const view = doc.defaultView ?? window;
  const init: InputEventInit = { inputType: 'insertText', data: text, bubbles: true, composed: true };
  const before = new view.InputEvent('beforeinput', { ...init, cancelable: true });
  // An editor that owns its input applies the text from this event and cancels it.
  if (!editable.dispatchEvent(before)) return 'beforeinput';
  insertLines(doc, range, text);
  editable.dispatchEvent(new view.InputEvent('input', init));
  return 'range';
}

/**
 * Inserts plain text (lines separated by '\n') into the author's part of the compose, at the remembered
 * caret or the adapter's insertion point, or in place of the author's whole text (`replaceAuthorText`). The
 * text must already be free of template markup.
 */
export function insertText(
  handle: ComposeHandle,
  text: string,
  caret?: Range | null,
  opts: { replaceAuthorText?: boolean } = {},
): InsertResult {
  assertNoPlaceholder(text);
  const { editable } = handle;
  const doc = editable.ownerDocument;
  const before = handle.read();
  // "Replace your draft" (TP5): the author's own text (not the signature, not the quote) is selected and
  // typed over in one edit, so one Ctrl+Z brings it back.
  const whole = opts.replaceAuthorText ? before.map.rangeFor(0, before.text.length) : null;
  const range = whole ?? insertionRange(handle, caret);
  const offset =
    before.map.offsetOf(range.startContainer, range.startOffset) ??
    (before.text.trim() ? before.text.length : 0);
  const inserted = whole
    ? text
    : padForInsertion(text, before.text.slice(0, offset), before.text.slice(offset));

  editable.focus({ preventScroll: true });
  select(doc, range);
  const method: InsertMethod = execInsert(doc, inserted)
    ? 'execCommand'
    : dispatchInsert(editable, range, inserted);

  // Read back: the template's words must now be in the author's text (not in a quote or the signature).
  const after = normalized(handle.read().text);
  return { ok: after.includes(normalized(text)), method, inserted };
}

/**
 * Fills the subject only when the compose shows an empty one. The value goes through the native setter
 * (so a framework's own value tracking sees a change) and a bubbling `input` event tells the page.
 */
export function fillSubject(input: HTMLInputElement | null, subject: string): boolean {
  if (!input) return false;
  if (input.value.trim() !== '' || subject.trim() === '') return false;
  assertNoPlaceholder(subject);
  const view = input.ownerDocument.defaultView ?? window;
  const setter = Object.getOwnPropertyDescriptor(view.HTMLInputElement.prototype, 'value')?.set;
  if (setter) setter.call(input, subject);
  else input.value = subject;
  input.dispatchEvent(new view.Event('input', { bubbles: true }));
  input.dispatchEvent(new view.Event('change', { bubbles: true }));
  return true;
}
