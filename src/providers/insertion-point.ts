/**
 * Where template text goes (webmail-dom.md §3.3 step 1, §3.2 "Insert templates at the caret or before
 * .gmail_signature", §8 pitfall 5). Shared by both adapters; reads the DOM only.
 */

import type { TextModel } from './dom-text';

export interface InsertionContext {
  editable: HTMLElement;
  model: TextModel;
  exclude: (node: Node) => boolean;
  isReply: boolean;
  /** The caret the content script remembered (focus may have moved to our panel); else the live selection. */
  caret?: Range | null;
}

function liveCaret(editable: HTMLElement): Range | null {
  const selection = editable.ownerDocument.getSelection();
  return selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
}

function isWhitespaceText(node: Node): boolean {
  return node.nodeType === 3 && !/[^ \t\n\r\f]/.test((node as Text).data);
}

function isLineWrapper(node: Node, exclude: (node: Node) => boolean): boolean {
  return node.nodeType === 1 && (node as Element).tagName !== 'BR' && !exclude(node);
}

/** Where the caret sits in a fresh compose: the start of the first line, descending into line wrappers. */
function firstLinePoint(editable: HTMLElement, exclude: (node: Node) => boolean): Range {
  let container: Node = editable;
  for (;;) {
    let first = container.firstChild;
    while (first && isWhitespaceText(first)) first = first.nextSibling;
    if (!first || !isLineWrapper(first, exclude)) break;
    container = first;
  }
  const range = editable.ownerDocument.createRange();
  range.setStart(container, 0);
  return range;
}

/**
 * New email: the end of the author's text, which precedes the signature (or the first line when nothing
 * is written yet). Reply: the caret when it lies in the author's text, else the end of that text, which is
 * above the quoted history.
 */
export function chooseInsertionPoint(ctx: InsertionContext): Range {
  const { editable, model } = ctx;
  if (ctx.isReply) {
    const caret = ctx.caret ?? liveCaret(editable);
    if (
      caret &&
      model.map.offsetOf(caret.startContainer, caret.startOffset) !== null &&
      model.map.offsetOf(caret.endContainer, caret.endOffset) !== null
    ) {
      return caret.cloneRange();
    }
  }
  if (model.text.length === 0) return firstLinePoint(editable, ctx.exclude);
  return model.map.rangeFor(model.text.length, model.text.length) ?? firstLinePoint(editable, ctx.exclude);
}
