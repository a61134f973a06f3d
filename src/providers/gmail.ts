/**
 * Gmail adapter (webmail-dom.md §1, §3.2, §4.4, §7.1). Every selector comes from gmail-selectors.ts.
 * Reads only: inserting text is the content script's job, through the editor's input path (§3.3).
 */

import { parseAddressList } from './addresses';
import { composeIdFor } from './compose-id';
import { buildTextModel, comparableText, plainTextOf } from './dom-text';
import { GMAIL_SELECTORS as S } from './gmail-selectors';
import { probeHealth } from './health-probe';
import { chooseInsertionPoint } from './insertion-point';
import { isShownByMarkup } from './is-shown-by-markup';
import { anyLayer, findAll, findAncestor, findOne, outermost } from './selector-entry';
import type {
  ComposeHandle,
  ComposeSnapshot,
  ComposeSurface,
  Provider,
  Recipient,
  RecipientField,
  TextMap,
} from './types';

const QUOTE = anyLayer(S.quote);
const SIGNATURE = anyLayer(S.signature);
const IGNORED = [QUOTE, SIGNATURE, anyLayer(S.signaturePrefix), anyLayer(S.islands)].join(', ');
const SEPARATOR = /^[\s\u00A0]*--[\s\u00A0]*$/;

function significantSibling(node: Node, direction: 'next' | 'previous'): Node | null {
  let sibling = direction === 'next' ? node.nextSibling : node.previousSibling;
  while (sibling && sibling.nodeType === 3 && !/\S/.test((sibling as Text).data.replaceAll('\u00A0', 'x'))) {
    sibling = direction === 'next' ? sibling.nextSibling : sibling.previousSibling;
  }
  return sibling;
}

function isElementMatching(node: Node | null, css: string): boolean {
  return node?.nodeType === 1 && (node as Element).matches(css);
}

function isBr(node: Node | null): boolean {
  return node?.nodeType === 1 && (node as Element).tagName === 'BR';
}

/**
 * The older "-- <br>" before `.gmail_signature` is a bare text node and a <br> outside the signature
 * element (§3.2 Signature block), so it cannot be excluded by selector.
 */
function isSignatureSeparator(node: Node): boolean {
  if (node.nodeType === 3) {
    if (!SEPARATOR.test((node as Text).data)) return false;
    const br = significantSibling(node, 'next');
    return isBr(br) && isElementMatching(significantSibling(br as Node, 'next'), SIGNATURE);
  }
  if (!isBr(node)) return false;
  const before = significantSibling(node, 'previous');
  const leadsIn =
    (before?.nodeType === 3 && SEPARATOR.test((before as Text).data)) ||
    isElementMatching(before, anyLayer(S.signaturePrefix));
  return leadsIn && isElementMatching(significantSibling(node, 'next'), SIGNATURE);
}

function excludeFromAuthorText(node: Node): boolean {
  if (node.nodeType === 1) return (node as Element).matches(IGNORED) || isSignatureSeparator(node);
  return isSignatureSeparator(node);
}

function chipRecipient(field: RecipientField, chip: Element): Recipient {
  const hovercard = chip.getAttribute('data-hovercard-id') ?? '';
  const address = hovercard.includes('@') ? hovercard : (chip.getAttribute('email') ?? '');
  const name = chip.getAttribute('data-name') ?? chip.getAttribute('name');
  return {
    field,
    email: address.includes('@') ? address.trim().toLowerCase() : null,
    name: name ? comparableText(name).trim() || null : null,
  };
}

/** Where each recipient field is: a list of chips, or a plain text field whose value is the list. */
type RecipientFields = { field: RecipientField; chips: Recipient[] | null; input: HTMLInputElement | null }[];

function findRecipientFields(root: HTMLElement): RecipientFields {
  const out: RecipientFields = [];
  for (const field of ['to', 'cc', 'bcc'] as const) {
    const container = findOne<HTMLElement>(root, S[field]).elements[0];
    if (!container) continue;
    if (container.tagName === 'TEXTAREA' || container.tagName === 'INPUT') {
      out.push({ field, chips: null, input: container as HTMLInputElement });
      continue;
    }
    const seen = new Set<string>();
    const chips: Recipient[] = [];
    for (const chip of findAll(container, S.recipientChip).elements) {
      const recipient = chipRecipient(field, chip);
      const key = `${recipient.email}|${recipient.name}`;
      if (!seen.has(key)) chips.push(recipient);
      seen.add(key);
    }
    out.push({ field, chips, input: null });
  }
  return out;
}

/** The recipients now: chips as found, a text field's value read afresh (typing in it changes no markup). */
function readRecipients(fields: RecipientFields): Recipient[] {
  const recipients: Recipient[] = [];
  for (const { field, chips, input } of fields) {
    if (chips) recipients.push(...chips.map((r) => ({ ...r })));
    else if (input) for (const parsed of parseAddressList(input.value)) recipients.push({ field, ...parsed });
  }
  return recipients;
}

/**
 * The compose's parts outside its body — recipient fields, subject field, plain-text notice — found again
 * only after the page changed markup outside the body (a chip added, a field shown or hidden). Typing in the
 * body changes none of them, and finding them is a dozen selector queries per analysis.
 */
function outsideBody<T>(root: HTMLElement, editable: HTMLElement, find: () => T): () => T {
  let found: T | null = null;
  const changedOutside = (records: MutationRecord[]) => {
    if (found !== null && records.some((r) => r.target !== editable && !editable.contains(r.target)))
      found = null;
  };
  const watch = new MutationObserver(changedOutside);
  watch.observe(root, { childList: true, attributes: true, subtree: true });
  return () => {
    // Changes not yet delivered to the observer (made in this same task) count too.
    changedOutside(watch.takeRecords());
    found ??= find();
    return found;
  };
}

/** Reply history in the body as text; else the collapsed quote Gmail keeps in a hidden input (§3.2). */
function readThread(root: HTMLElement, editable: HTMLElement): { text: string; map: TextMap | null } {
  const regions = outermost(editable, QUOTE);
  if (regions.length > 0) {
    const model = buildTextModel(editable, {
      exclude: (node) =>
        !regions.some((region) => region === node || region.contains(node) || node.contains(region)),
    });
    return model;
  }
  const html = findOne<HTMLInputElement>(root, S.collapsedQuote).elements[0]?.value ?? '';
  if (!html.trim()) return { text: '', map: null };
  const Parser = editable.ownerDocument.defaultView?.DOMParser ?? DOMParser;
  // An inert document: nothing in the quoted HTML runs or loads, and the page DOM is untouched.
  const parsed = new Parser().parseFromString(html, 'text/html');
  return { text: plainTextOf(parsed.body), map: null };
}

function readSignature(editable: HTMLElement): string {
  return outermost(editable, SIGNATURE)
    .filter((el) => !el.closest(QUOTE))
    .map((el) => plainTextOf(el))
    .filter(Boolean)
    .join('\n');
}

/**
 * Plain-text mode shows its notice. The hidden ishtml input does not tell: the real capture has "0" in
 * rich-text mode (shared/real-dom/SOURCES.md, entry 1), so reading it made every such compose "plain text".
 */
function isPlainTextMode(root: HTMLElement): boolean {
  const notice = findOne(root, S.plainTextNotice).elements[0];
  return notice ? isShownByMarkup(notice, root) : false;
}

function surfaceOf(root: HTMLElement): ComposeSurface {
  if (findAncestor(root, S.fullscreen).layer >= 0) return 'fullscreen';
  if (findAncestor(root, S.inlineReply).layer >= 0) return 'inline';
  if (findAll(root.ownerDocument, S.popoutPage).layer >= 0) return 'popout';
  return 'dialog';
}

interface Located {
  editable: HTMLElement;
  root: HTMLElement;
  bodyLayer: number;
  rootLayer: number;
}

const handles = new WeakMap<HTMLElement, { root: HTMLElement; handle: ComposeHandle }>();
const layersUsed = new WeakMap<ComposeHandle, Record<string, number>>();

function createHandle({ editable, root }: Located): ComposeHandle {
  const surface = surfaceOf(root);
  const composeId = findOne<HTMLInputElement>(root, S.composeId).elements[0]?.value || null;
  const findSubject = (): HTMLInputElement | null => {
    // Inline replies keep a hidden subjectbox; writing it would fork the thread (Briskine, §1.2 Subject).
    if (surface === 'inline') return null;
    const input = findOne<HTMLInputElement>(root, S.subject).elements[0];
    return input && isShownByMarkup(input, root) ? input : null;
  };
  const outside = outsideBody(root, editable, () => ({
    recipients: findRecipientFields(root),
    subjectInput: findSubject(),
    plainText: isPlainTextMode(root),
  }));
  const read = (): { snapshot: ComposeSnapshot; model: ReturnType<typeof buildTextModel> } => {
    const model = buildTextModel(editable, { exclude: excludeFromAuthorText });
    const quoted = readThread(root, editable);
    const thread = quoted.text;
    const parts = outside();
    const recipients = readRecipients(parts.recipients);
    const subjectInput = parts.subjectInput;
    const addresses = (field: RecipientField) =>
      recipients.filter((r) => r.field === field && r.email).map((r) => r.email as string);
    return {
      model,
      snapshot: {
        text: model.text,
        map: model.map,
        subject: subjectInput ? subjectInput.value : null,
        to: addresses('to'),
        cc: addresses('cc'),
        bcc: addresses('bcc'),
        recipients,
        thread,
        threadMap: quoted.map,
        isReply: surface === 'inline' || thread !== '',
        signature: readSignature(editable),
        plainText: parts.plainText,
      },
    };
  };
  const handle: ComposeHandle = {
    id: composeIdFor(root, 'gmail', composeId),
    provider: 'gmail',
    surface,
    root,
    editable,
    get subjectInput() {
      return outside().subjectInput;
    },
    get sendButton() {
      return findOne(root, S.send).elements[0] ?? null;
    },
    read: () => read().snapshot,
    insertionPoint(caret) {
      const { snapshot, model } = read();
      return chooseInsertionPoint({
        editable,
        model,
        exclude: excludeFromAuthorText,
        isReply: snapshot.isReply,
        caret,
      });
    },
  };
  return handle;
}

function locate(doc: Document): { located: Located[]; bodyLayer: number } {
  const bodies = findAll(doc, S.body);
  const located: Located[] = [];
  for (const editable of bodies.elements) {
    // A body without a compose root around it is some other rich textbox (e.g. chat), not a compose.
    const root = findAncestor(editable, S.root);
    const rootElement = root.elements[0];
    if (!rootElement) continue;
    located.push({ editable, root: rootElement, bodyLayer: bodies.layer, rootLayer: root.layer });
  }
  return { located, bodyLayer: bodies.layer };
}

function handlesFor(located: readonly Located[]): ComposeHandle[] {
  return located.map((found) => {
    const cached = handles.get(found.editable);
    const handle = cached && cached.root === found.root ? cached.handle : createHandle(found);
    handles.set(found.editable, { root: found.root, handle });
    layersUsed.set(handle, { body: found.bodyLayer, root: found.rootLayer });
    return handle;
  });
}

function findComposes(doc: Document): ComposeHandle[] {
  return handlesFor(locate(doc).located);
}

export const gmail: Provider = {
  name: 'gmail',
  hosts: ['mail.google.com'],
  findComposes,
  health(doc) {
    const { located, bodyLayer } = locate(doc);
    const composes = handlesFor(located).map((handle) => ({
      root: handle.root,
      usedLayers: layersUsed.get(handle) ?? {},
    }));
    return probeHealth(doc, S, composes, { body: bodyLayer });
  },
};
