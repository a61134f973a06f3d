/**
 * Stable ids per compose window. Keyed on the window element, because Gmail re-creates the body when a
 * draft is reopened while the window (and its hidden composeid) stays (webmail-dom.md §1.1, §8 pitfall 3).
 */

const ids = new WeakMap<Element, string>();
let counter = 0;

/** The id first given to `root`; `preferred` (Gmail's composeid) is used only the first time. */
export function composeIdFor(root: Element, prefix: string, preferred?: string | null): string {
  const known = ids.get(root);
  if (known) return known;
  counter += 1;
  const id = preferred ? `${prefix}:${preferred}` : `${prefix}:compose-${counter}`;
  ids.set(root, id);
  return id;
}
