/**
 * Outlook on the web adapter (webmail-dom.md §2, §4.4, §7.1). Every selector comes from
 * outlook-selectors.ts. Reads only: RoosterJS reconciles foreign DOM edits (§2.3), so writing is the
 * content script's job through the editor's input path.
 */

import { parseAddress, parseAddressList } from './addresses';
import { composeIdFor } from './compose-id';
import { buildTextModel, plainTextOf } from './dom-text';
import { probeHealth } from './health-probe';
import { chooseInsertionPoint } from './insertion-point';
import { OUTLOOK_SELECTORS as S } from './outlook-selectors';
import { anyLayer, findAll, findAncestor, findOne, outermost, type SelectorLayer } from './selector-entry';
import type {
  ComposeHandle,
  ComposeSnapshot,
  ComposeSurface,
  Provider,
  Recipient,
  RecipientField,
  TextMap,
} from './types';

const IGNORED = [anyLayer(S.signature), anyLayer(S.islands)].join(', ');
const FIELDS: readonly RecipientField[] = ['to', 'cc', 'bcc'];

/** The first history marker in the body; `#divRplyFwdMsg` takes the rule drawn just before it along. */
function quoteStart(editable: HTMLElement): Element | null {
  const marker = editable.querySelector(anyLayer(S.quoteStart));
  const previous = marker?.previousElementSibling;
  if (marker?.id === 'divRplyFwdMsg' && previous?.tagName === 'HR') return previous;
  return marker;
}

function isAtOrAfter(marker: Element, node: Node): boolean {
  return node === marker || (marker.compareDocumentPosition(node) & marker.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

function excluderFor(editable: HTMLElement): (node: Node) => boolean {
  const marker = quoteStart(editable);
  return (node) => {
    if (marker && isAtOrAfter(marker, node) && !node.contains(marker)) return true;
    return node.nodeType === 1 && (node as Element).matches(IGNORED);
  };
}

function readThread(editable: HTMLElement): { text: string; map: TextMap | null } {
  const marker = quoteStart(editable);
  if (!marker) return { text: '', map: null };
  return buildTextModel(editable, {
    exclude: (node) => !(isAtOrAfter(marker, node) || node.contains(marker)),
  });
}

function readSignature(editable: HTMLElement): string {
  const marker = quoteStart(editable);
  return outermost(editable, anyLayer(S.signature))
    .filter((el) => !marker || !isAtOrAfter(marker, el))
    .map((el) => plainTextOf(el))
    .filter(Boolean)
    .join('\n');
}

function readRecipients(root: HTMLElement, editable: HTMLElement): Recipient[] {
  // Only DOM order tells To from Cc from Bcc: the wells' labels are localised (§2.2 Recipients).
  const wells = findAll(root, S.wells).elements.filter(
    (well) => well !== editable && !editable.contains(well) && !well.contains(editable),
  );
  const recipients: Recipient[] = [];
  wells.slice(0, FIELDS.length).forEach((well, index) => {
    const field = FIELDS[index] as RecipientField;
    const chips = outermost(well, anyLayer(S.recipientChip));
    if (chips.length === 0) {
      // Addresses typed but not yet resolved into chips still go out with the mail.
      for (const parsed of parseAddressList(well.textContent ?? '')) {
        if (parsed.email) recipients.push({ field, ...parsed });
      }
      return;
    }
    for (const chip of chips) {
      const parsed = parseAddress(chip.textContent ?? '') ?? { email: null, name: null };
      const titled = parsed.email ? null : parseAddress(chip.getAttribute('title') ?? '');
      recipients.push({ field, email: parsed.email ?? titled?.email ?? null, name: parsed.name });
    }
  });
  return recipients;
}

interface Located {
  editable: HTMLElement;
  root: HTMLElement;
  bodyLayer: number;
  rootLayer: number;
}

/** Compose regions for the structural body layer: innermost matches of the root's attribute layers. */
function composeRegions(doc: Document): Element[] {
  const css = S.root.layers
    .filter((layer) => layer.via === 'attribute')
    .map((layer) => layer.css)
    .join(', ');
  const all = Array.from(doc.querySelectorAll(css));
  return all.filter((region) => !all.some((other) => other !== region && region.contains(other)));
}

function findBodies(doc: Document): { elements: HTMLElement[]; layer: number } {
  const layers: readonly SelectorLayer[] = S.body.layers;
  for (const [index, layer] of layers.entries()) {
    let elements: HTMLElement[];
    if (layer.pick === 'last') {
      elements = [];
      for (const region of composeRegions(doc)) {
        const editables = region.querySelectorAll<HTMLElement>(layer.css);
        // A lone editable is not a compose: the body always comes with at least the To well.
        const last = editables.length >= 2 ? editables[editables.length - 1] : undefined;
        if (last && !elements.includes(last)) elements.push(last);
      }
    } else {
      elements = Array.from(doc.querySelectorAll<HTMLElement>(layer.css));
    }
    if (elements.length > 0) return { elements, layer: index };
  }
  return { elements: [], layer: -1 };
}

const handles = new WeakMap<HTMLElement, { root: HTMLElement; handle: ComposeHandle }>();
const layersUsed = new WeakMap<ComposeHandle, Record<string, number>>();

function surfaceOf(root: HTMLElement, editable: HTMLElement): ComposeSurface {
  if (root.matches(anyLayer(S.popout)) || findAncestor(root, S.popout).layer >= 0) return 'popout';
  // A reading-pane reply has no subject of its own (inference from §2.2; unverified live).
  if (quoteStart(editable) && findOne(root, S.subject).layer < 0) return 'inline';
  return 'docked';
}

function createHandle({ editable, root }: Located): ComposeHandle {
  const surface = surfaceOf(root, editable);
  const read = () => {
    const exclude = excluderFor(editable);
    const model = buildTextModel(editable, { exclude });
    const recipients = readRecipients(root, editable);
    const quoted = readThread(editable);
    const thread = quoted.text;
    const addresses = (field: RecipientField) =>
      recipients.filter((r) => r.field === field && r.email).map((r) => r.email as string);
    const snapshot: ComposeSnapshot = {
      text: model.text,
      map: model.map,
      subject: handle.subjectInput?.value ?? null,
      to: addresses('to'),
      cc: addresses('cc'),
      bcc: addresses('bcc'),
      recipients,
      thread,
      threadMap: quoted.map,
      isReply: quoteStart(editable) !== null,
      signature: readSignature(editable),
      plainText: false,
    };
    return { snapshot, model, exclude };
  };
  const handle: ComposeHandle = {
    id: composeIdFor(root, 'outlook'),
    provider: 'outlook',
    surface,
    root,
    editable,
    get subjectInput() {
      return findOne<HTMLInputElement>(root, S.subject).elements[0] ?? null;
    },
    get sendButton() {
      return findOne(root, S.send).elements[0] ?? null;
    },
    read: () => read().snapshot,
    insertionPoint(caret) {
      const { snapshot, model, exclude } = read();
      return chooseInsertionPoint({ editable, model, exclude, isReply: snapshot.isReply, caret });
    },
  };
  return handle;
}

function locate(doc: Document): { located: Located[]; bodyLayer: number } {
  const bodies = findBodies(doc);
  const located: Located[] = [];
  for (const editable of bodies.elements) {
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

/** OWA on a custom domain (on-prem Exchange): recognised by its assets, not its host (§2.1). */
export function looksLikeOwa(doc: Document): boolean {
  return findAll(doc, S.owaAssets).layer >= 0;
}

export const outlook: Provider = {
  name: 'outlook',
  hosts: ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft'],
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
