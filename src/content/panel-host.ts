/**
 * The <matchmail-panel> host: an open shadow root appended to <body> (never inside the editor), docked
 * beside its compose window. Keyboard and clipboard events stop at the host so typing in the panel never
 * reaches Gmail's or Outlook's shortcut handlers.
 */
import { PANEL_CSS } from '../ui/panel-styles';

const ISOLATED_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'paste',
  'copy',
  'cut',
  'compositionstart',
  'compositionend',
];

export interface PanelHost {
  host: HTMLElement;
  container: HTMLElement;
  /**
   * Whether the open panel fits beside the compose without covering it or another compose (`avoid`: the
   * other compose windows' boxes). When it does not (full screen, narrow or zoomed window, two composes)
   * the session shows the launcher instead.
   */
  fits(composeRoot: HTMLElement, avoid: readonly DOMRect[]): boolean;
  /**
   * `placed`: where the applicant dragged the open panel (L2); it stays there, kept inside the window. The
   * launcher always sits on the compose's edge.
   */
  dock(
    composeRoot: HTMLElement,
    collapsed: boolean,
    avoid: readonly DOMRect[],
    placed?: { left: number; top: number } | null,
  ): void;
  /** Moves the open panel to a spot in the window (while it is dragged); returns where it went. */
  moveTo(left: number, top: number): { left: number; top: number };
  /**
   * Follows the mail site's own theme: a dark compose gets the dark panel whatever the system says (D1).
   * Returns whether the compose is dark, for the marks drawn over it (D3).
   */
  matchTheme(composeRoot: HTMLElement): boolean;
  remove(): void;
}

/** The colour behind an element: its own background or the nearest ancestor's that is not transparent. */
function backgroundBehind(el: Element | null): [number, number, number] | null {
  for (let e = el; e; e = e.parentElement) {
    const c = getComputedStyle(e).backgroundColor;
    const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)/.exec(c);
    if (m && (m[4] === undefined || Number(m[4]) > 0.5)) return [Number(m[1]), Number(m[2]), Number(m[3])];
  }
  return null;
}

/** WCAG relative luminance of an sRGB colour (0 black … 1 white). */
export function luminance([r, g, b]: readonly [number, number, number]): number {
  const lin = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * Events the panel acts on. The page's script can reach into the open shadow root (tests read it, DESIGN
 * §4.4) and fire these with `.click()` or `dispatchEvent`; such events are not trusted and are stopped at the
 * shadow root before any of our handlers sees them (B6, B7). So only the user can turn a check off, open the
 * templates (which show the program list, the letter-of-intent history and profile values), or send anyway.
 */
const USER_ONLY_EVENTS = [
  'click',
  'dblclick',
  'auxclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'keydown',
  'keyup',
  'keypress',
  'input',
  'change',
  'submit',
];

const PANEL_WIDTH = 300;
const GAP = 10;
/** Room the launcher keeps from the compose's right edge (Gmail's minimise, pop-out and close buttons). */
const LAUNCHER_INSET = 110;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

export function createPanelHost(doc: Document, composeId: string): PanelHost {
  const host = doc.createElement('matchmail-panel');
  host.setAttribute('data-compose-id', composeId);
  host.setAttribute('data-mark-count', '0');
  host.setAttribute('data-analyzed-at', '0');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = PANEL_CSS;
  const container = doc.createElement('div');
  shadow.append(style, container);
  for (const type of ISOLATED_EVENTS) host.addEventListener(type, (e) => e.stopPropagation());
  for (const type of USER_ONLY_EVENTS) {
    shadow.addEventListener(
      type,
      (e) => {
        if (e.isTrusted) return;
        e.stopImmediatePropagation();
        e.preventDefault();
      },
      { capture: true },
    );
  }
  doc.body.append(host);

  const viewport = () => ({
    vw: doc.defaultView?.innerWidth ?? 1280,
    vh: doc.defaultView?.innerHeight ?? 800,
  });
  /**
   * The open panel's height is its maximum, not its content: its top edge stays put as cards come and go
   * (P8). As tall as the window allows (up to 820 px), so a list of closed cards shows every title (P1).
   * Keep in step with `.mm-panel`'s max-height in panel-styles.ts.
   */
  const panelHeight = (vh: number) => Math.min(vh - 2 * GAP, 820);

  /** Where the open panel would go: left of the compose, else right of it; null when neither is free. */
  const place = (root: HTMLElement, avoid: readonly DOMRect[]): { left: number; top: number } | null => {
    const { vw, vh } = viewport();
    const r = root.getBoundingClientRect();
    const h = panelHeight(vh);
    const top = Math.max(8, Math.min(r.top, vh - h - GAP));
    const blocked = [r, ...avoid];
    for (const left of [r.left - PANEL_WIDTH - GAP, r.right + GAP]) {
      if (left < 4 || left + PANEL_WIDTH > vw - 4) continue;
      const box = { left, top, right: left + PANEL_WIDTH, bottom: top + h };
      if (!blocked.some((b) => overlaps(box, b))) return { left, top };
    }
    return null;
  };

  return {
    host,
    container,
    fits: (root, avoid) => place(root, avoid) !== null,
    moveTo(left, top) {
      const { vw, vh } = viewport();
      const w = host.offsetWidth || PANEL_WIDTH;
      // Keep the header (the handle) reachable: never above the window or off its sides.
      const l = Math.round(Math.max(4, Math.min(vw - w - 4, left)));
      const t = Math.round(Math.max(4, Math.min(vh - 48, top)));
      host.style.left = `${l}px`;
      host.style.top = `${t}px`;
      return { left: l, top: t };
    },
    dock(root, collapsed, avoid, placed) {
      if (!collapsed && placed) {
        this.moveTo(placed.left, placed.top);
        return;
      }
      const { vw, vh } = viewport();
      const r = root.getBoundingClientRect();
      let left: number;
      let top: number;
      const spot = collapsed ? null : place(root, avoid);
      if (spot) {
        ({ left, top } = spot);
      } else if (collapsed) {
        // The launcher sits on the compose window's top edge, right side, clear of its own buttons.
        const w = Math.max(host.offsetWidth, 80);
        left = Math.min(vw - w - 4, Math.max(4, r.right - LAUNCHER_INSET - w));
        top = Math.max(4, r.top + 6);
      } else {
        // Opened on request where there is no room beside it: over the compose's right edge, as short as the
        // screen allows, so the applicant can read it and close it again.
        left = Math.max(4, Math.min(vw - PANEL_WIDTH - 4, r.right - PANEL_WIDTH - 8));
        top = Math.max(8, Math.min(r.top + 48, vh - panelHeight(vh) - GAP));
      }
      // Unchanged (most calls, e.g. scrolling inside the editor): no style write, so no restyle of the panel.
      const l = `${Math.round(left)}px`;
      const t = `${Math.round(top)}px`;
      if (host.style.left !== l) host.style.left = l;
      if (host.style.top !== t) host.style.top = t;
    },
    matchTheme(root) {
      // The compose's text area first (a dark theme paints it), else the window itself.
      const bg = backgroundBehind(root);
      const dark = bg !== null && luminance(bg) < 0.2;
      if (dark !== (host.getAttribute('data-theme') === 'dark')) {
        if (dark) host.setAttribute('data-theme', 'dark');
        else host.removeAttribute('data-theme');
      }
      return dark;
    },
    remove() {
      host.remove();
    },
  };
}
