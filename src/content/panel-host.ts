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
  dock(composeRoot: HTMLElement, collapsed: boolean): void;
  remove(): void;
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

  return {
    host,
    container,
    dock(root, collapsed) {
      const view = doc.defaultView;
      const vw = view?.innerWidth ?? 1280;
      const vh = view?.innerHeight ?? 800;
      const r = root.getBoundingClientRect();
      // Keep the whole panel on screen: a Gmail mole sits at the bottom, so its top edge is often too low.
      const lowest = vh - Math.max(host.offsetHeight, 200) - GAP;
      let left: number;
      let top: number;
      if (collapsed) {
        // The badge sits on the compose window's top edge, right side, clear of its own buttons.
        left = Math.min(vw - 110, Math.max(4, r.right - 190));
        top = Math.max(4, r.top + 6);
      } else if (r.left - PANEL_WIDTH - GAP >= 4) {
        left = r.left - PANEL_WIDTH - GAP;
        top = Math.max(8, Math.min(r.top, lowest));
      } else if (r.right + GAP + PANEL_WIDTH <= vw - 4) {
        left = r.right + GAP;
        top = Math.max(8, Math.min(r.top, lowest));
      } else {
        // No room beside it (full-screen compose): float over its top-right corner.
        left = Math.max(4, r.right - PANEL_WIDTH - 16);
        top = Math.max(8, r.top + 48);
      }
      // Unchanged (most calls, e.g. scrolling inside the editor): no style write, so no restyle of the panel.
      const l = `${Math.round(left)}px`;
      const t = `${Math.round(top)}px`;
      if (host.style.left !== l) host.style.left = l;
      if (host.style.top !== t) host.style.top = t;
    },
    remove() {
      host.remove();
    },
  };
}
