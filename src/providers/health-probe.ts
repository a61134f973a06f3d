/**
 * Which selector-table entries resolve, so a "Gmail/Outlook changed" notice can replace silent breakage
 * (webmail-dom.md §7.1 "Shared rules", §8 pitfall 1; just-not-sorry#119).
 */

import { findAll, type SelectorEntry } from './selector-entry';
import type { HealthReport } from './types';

export interface ProbedCompose {
  root: HTMLElement;
  /** Layers already used to find this compose (entries with relation document/ancestor: body, root). */
  usedLayers: Record<string, number>;
}

/**
 * An editable that looks like a message body: multi-line (by ARIA or by holding lines already), not a search
 * or chat box. Single-line editables (chat inputs, search) must not raise a "can't read" notice.
 */
function looksLikeMessageBody(el: Element): boolean {
  if (el.closest('[role="search"], [role="combobox"], [role="searchbox"]')) return false;
  if (el.getAttribute('aria-multiline') === 'true') return true;
  return el.querySelectorAll(':scope > div, :scope > p, br').length >= 2;
}

/**
 * A compose seems open when a message-body-like editable exists. Loose selector layers (Outlook's recipient
 * well is "any single-line editable") would also match chat and search boxes, so they do not count here.
 */
function composeSuspected(doc: Document): boolean {
  for (const el of doc.querySelectorAll('[contenteditable="true"], [contenteditable=""]')) {
    if (looksLikeMessageBody(el)) return true;
  }
  return false;
}

function docWideLayer(doc: Document, entry: SelectorEntry): number {
  // "Holds" layers describe an ancestor relative to a body; without a body they say nothing.
  return findAll(doc, { ...entry, layers: entry.layers.filter((layer) => !layer.holds) }).layer;
}

/**
 * `pageLayers`: layers the adapter's own search used for document-wide entries (the body), which may not
 * be plain document queries (Outlook's structural body layer works per compose region).
 */
export function probeHealth(
  doc: Document,
  table: Record<string, SelectorEntry>,
  composes: readonly ProbedCompose[],
  pageLayers: Record<string, number> = {},
): HealthReport {
  const missing = new Set<string>();
  const fallbacks = new Set<string>();
  const note = (name: string, layer: number) => {
    if (layer < 0) missing.add(name);
    else if (layer > 0) fallbacks.add(name);
  };
  const required = Object.entries(table).filter(([, entry]) => entry.required);

  if (composes.length === 0) {
    if (composeSuspected(doc)) {
      // Nothing could be scoped to a compose window: report what the whole page lacks.
      for (const [name, entry] of required) note(name, pageLayers[name] ?? docWideLayer(doc, entry));
      // A compose we cannot find is broken even if its pieces still match somewhere.
      if (missing.size === 0) missing.add('root');
    }
  }
  for (const compose of composes) {
    for (const [name, entry] of required) {
      const used = compose.usedLayers[name];
      note(name, used ?? findAll(compose.root, entry).layer);
    }
  }
  return {
    ok: missing.size === 0,
    missing: [...missing],
    fallbacks: [...fallbacks],
    composes: composes.length,
  };
}
