/**
 * How a selector-table entry is written and resolved (webmail-dom.md §1.4, §7.1 "Shared rules", §8
 * pitfall 1). Each provider keeps ONE table of these; adapters never hard-code a selector elsewhere.
 */

/**
 * attribute: attributes the app keeps for its own use (`g_editable`, `name=subjectbox`, ids, ARIA state).
 * class: obfuscated or hashed class names, which rotate in A/B rollouts.
 * structure: generic shapes (roles, positions, "an ancestor holding X") that unrelated widgets share too.
 * label: localised words in attributes (aria-label) — English only, so only ever the last layer.
 */
export type LayerKind = 'attribute' | 'class' | 'structure' | 'label';

export interface SelectorLayer {
  css: string;
  via: LayerKind;
  /** Where and when this selector was seen, so stale layers can be reviewed. */
  seen: string;
  /** The last match in scope is the one (Outlook's subject input follows the recipient inputs). */
  pick?: 'last';
  /** For `ancestor` entries: the nearest ancestor that contains a match, rather than one that is a match. */
  holds?: true;
}

export interface SelectorEntry {
  /** What the entry finds, in words. */
  target: string;
  /** Section of shared/research/webmail-dom.md (and upstream source) the layers come from. */
  evidence: string;
  /** within: inside the compose root; ancestor: from the body outwards; document: anywhere in the page. */
  relation: 'within' | 'ancestor' | 'document';
  /** health() expects it in every compose window. */
  required: boolean;
  /** Tried in order; the first layer that finds anything wins. */
  layers: readonly SelectorLayer[];
}

export interface Found<T extends Element = Element> {
  elements: T[];
  /** Index of the layer that matched; -1 when none did. */
  layer: number;
}

const NOTHING: Found<never> = { elements: [], layer: -1 };

/** All matches of the first layer that matches anything inside `scope`. */
export function findAll<T extends Element = HTMLElement>(scope: ParentNode, entry: SelectorEntry): Found<T> {
  for (const [index, layer] of entry.layers.entries()) {
    const matches = Array.from(scope.querySelectorAll<T & Element>(layer.css)) as T[];
    if (matches.length === 0) continue;
    const last = matches[matches.length - 1] as T;
    return { elements: layer.pick === 'last' ? [last] : matches, layer: index };
  }
  return NOTHING;
}

/** The first (or, for `pick: 'last'` layers, the last) match of the first layer that matches. */
export function findOne<T extends Element = HTMLElement>(scope: ParentNode, entry: SelectorEntry): Found<T> {
  const found = findAll<T>(scope, entry);
  return found.elements.length > 1 ? { elements: found.elements.slice(0, 1), layer: found.layer } : found;
}

/** The nearest ancestor of `from` (itself excluded) described by the first layer that finds one. */
export function findAncestor<T extends Element = HTMLElement>(from: Element, entry: SelectorEntry): Found<T> {
  for (const [index, layer] of entry.layers.entries()) {
    const parent = from.parentElement;
    if (!parent) return NOTHING;
    const match = layer.holds ? ancestorHolding(from, layer.css) : parent.closest(layer.css);
    if (match) return { elements: [match as T], layer: index };
  }
  return NOTHING;
}

function ancestorHolding(from: Element, css: string): Element | null {
  for (let el = from.parentElement; el; el = el.parentElement) {
    for (const match of el.querySelectorAll(css)) {
      if (match !== from && !from.contains(match)) return el;
    }
  }
  return null;
}

/** Every layer's CSS joined, for "is this node one of them" tests (ignored regions). */
export function anyLayer(entry: SelectorEntry): string {
  return entry.layers.map((layer) => layer.css).join(', ');
}

/** Elements matching the entry anywhere in scope that are not inside another match. */
export function outermost(scope: ParentNode, css: string): Element[] {
  const all = Array.from(scope.querySelectorAll(css));
  return all.filter((el) => !all.some((other) => other !== el && other.contains(el)));
}
