/**
 * Checks that run inside the mail page, shared by the Chromium (Playwright) and Firefox (puppeteer-core over
 * WebDriver BiDi) suites: each is a self-contained function of at most one argument, so either library can
 * pass it to `page.evaluate(fn, arg)` unchanged. They read the page as a user would see it (text, marks,
 * panel hooks) and never change it.
 */

/** Panels of compose windows (the drift notice is a <matchmail-panel data-unreadable> too). */
export const PANEL = 'matchmail-panel:not([data-unreadable])';

/** Nodes of ours inside any editable: must always be zero. */
export function residueInEditables(): number {
  let n = 0;
  for (const ed of document.querySelectorAll('[contenteditable="true"], [contenteditable=""]')) {
    n += ed.querySelectorAll(
      'matchmail-panel, matchmail-marks, [data-rule-id], [data-mark-count], [data-draft-kind], [data-send-guard]',
    ).length;
    for (const el of ed.querySelectorAll('*')) {
      if (el.tagName.toLowerCase().startsWith('matchmail')) n++;
      for (const a of el.getAttributeNames()) if (a.includes('matchmail') || a.startsWith('data-mm')) n++;
      if (el.shadowRoot) n++;
    }
  }
  return n;
}

/** Everything of ours anywhere in the page: hosts, highlights, adopted ::highlight stylesheets. */
export function residueInPage(): { hosts: number; highlights: string[]; sheets: number } {
  const hosts = [...document.querySelectorAll('*')].filter((e) =>
    e.tagName.toLowerCase().startsWith('matchmail'),
  ).length;
  const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
  const highlights = registry
    ? [...registry.entries()].filter(([k, v]) => k.startsWith('matchmail') && v.size > 0).map(([k]) => k)
    : [];
  const sheets = document.adoptedStyleSheets.filter((s) =>
    [...s.cssRules].some((r) => r.cssText.includes('matchmail')),
  ).length;
  return { hosts, highlights, sheets };
}

export interface MarkedText {
  severity: string;
  text: string;
  inQuote: boolean;
}

/** The text of every range in our ::highlight registries (the inline marks), read from the page's world. */
export function markedTexts(): MarkedText[] {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
  const out: MarkedText[] = [];
  if (!registry) return out;
  const QUOTE = '.gmail_quote, blockquote, #divRplyFwdMsg, #appendonsend, .gmail_attr';
  for (const [name, ranges] of registry) {
    if (!name.startsWith('matchmail-')) continue;
    for (const r of ranges) {
      const el = r.commonAncestorContainer;
      const node = el.nodeType === 1 ? (el as Element) : el.parentElement;
      out.push({
        severity: name.slice('matchmail-'.length),
        text: r.toString(),
        inQuote: !!node?.closest(QUOTE),
      });
    }
  }
  return out;
}

/** How many ranges a named highlight holds (e.g. 'matchmail-tone'). */
export function highlightSize(name: string): number {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
  return registry?.get(name)?.size ?? 0;
}

/** innerHTML of every editable on the page, to prove a non-typing step did not alter the author's text. */
export function editableHtml(): string[] {
  return [...document.querySelectorAll<HTMLElement>('[contenteditable="true"]')].map((e) => e.innerHTML);
}

export type Rect = { left: number; right: number; top: number; bottom: number };

/**
 * Where `text` sits on screen inside the first element matching `root`, in viewport pixels: from the left of
 * its first line box to the right of its last; `last` narrows it to the final character. Computed with a
 * Range over the text node that holds it (fixtures and typed sentences keep each phrase in one text node).
 */
export function textRectIn([root, needle, last]: readonly [string, string, boolean]): Rect | null {
  const scope = document.querySelector(root);
  if (!scope) return null;
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = (n as Text).data.indexOf(needle);
    if (i < 0) continue;
    const range = document.createRange();
    range.setStart(n, last ? i + needle.length - 1 : i);
    range.setEnd(n, i + needle.length);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0);
    const first = rects[0];
    const end = rects[rects.length - 1];
    if (!first || !end) return null;
    return { left: first.left, top: first.top, right: end.right, bottom: end.bottom };
  }
  return null;
}

/** True when `needle` (in a text node of the first `root` match) comes before the first `selector` in it. */
export function textPrecedesIn([root, needle, selector]: readonly [string, string, string]): boolean {
  const scope = document.querySelector(root);
  if (!scope) return false;
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  let node: Node | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if ((n as Text).data.includes(needle)) {
      node = n;
      break;
    }
  }
  const target = scope.querySelector(selector);
  if (!node || !target) return false;
  return !!(node.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING);
}

/** What a panel shows: its hooks and the cards in it (DESIGN §4.4), read through its shadow root. */
export interface PanelView {
  panels: number;
  markCount: number;
  analyzedAt: number;
  draftKind: string | null;
  /** `ruleId:severity` per finding card. */
  cards: string[];
  sendGuard: string[] | null;
  toneLabels: string[];
}

export function panelView(index: number): PanelView {
  const panels = document.querySelectorAll('matchmail-panel:not([data-unreadable])');
  const host = panels[index];
  const root = host?.shadowRoot;
  const guard = root?.querySelector('[data-send-guard]');
  return {
    panels: panels.length,
    markCount: Number(host?.getAttribute('data-mark-count') ?? -1),
    analyzedAt: Number(host?.getAttribute('data-analyzed-at') ?? 0),
    draftKind: root?.querySelector('[data-draft-kind]')?.getAttribute('data-draft-kind') ?? null,
    cards: [...(root?.querySelectorAll('[data-rule-id][data-severity]') ?? [])].map(
      (c) => `${c.getAttribute('data-rule-id')}:${c.getAttribute('data-severity')}`,
    ),
    sendGuard: guard
      ? [...guard.querySelectorAll('li[data-rule-id]')].map((li) => li.getAttribute('data-rule-id') ?? '')
      : null,
    toneLabels: [...(root?.querySelectorAll('[data-tone-label]') ?? [])].map(
      (e) => e.getAttribute('data-tone-label') ?? '',
    ),
  };
}

/** The unreadable-compose notices on the page, by their text. */
export function unreadableNotices(): string[] {
  return [...document.querySelectorAll('matchmail-panel[data-unreadable]')].map(
    (e) => e.shadowRoot?.textContent?.trim() ?? e.textContent?.trim() ?? '',
  );
}
