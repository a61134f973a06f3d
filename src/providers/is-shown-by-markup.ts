/**
 * Whether the markup hides an element (type=hidden, `hidden`, inline display:none) between it and `stopAt`.
 * Markup only: no layout, so it works the same in the page and in tests, and costs nothing.
 */
export function isShownByMarkup(el: Element, stopAt: Element): boolean {
  if (el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'hidden') return false;
  for (let node: Element | null = el; node && node !== stopAt.parentElement; node = node.parentElement) {
    if (node.hasAttribute('hidden')) return false;
    if ((node as HTMLElement).style?.display === 'none') return false;
  }
  return true;
}
