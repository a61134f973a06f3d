/**
 * The layer the overlay painter draws in: an element of ours appended to <body> (never inside the editable),
 * position: fixed over the viewport, with an open shadow root holding one box per line of each mark. Its
 * clip-path keeps the boxes inside the part of the editor that is visible (the editor's rectangle cut by every
 * scrolling ancestor and the viewport), so a mark scrolled out of the compose is not drawn over the page.
 */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** What a box draws: a finding's underline (with a tint for errors) or a tone sentence's tint. */
export type BoxStyle = 'error' | 'warning' | 'suggestion' | 'tone' | 'asked';

const COLORS: Record<BoxStyle, string> = {
  error: '#d93025',
  warning: '#e37400',
  suggestion: '#1a73e8',
  tone: '#8e24aa',
  asked: '#137333',
};

/** On a dark theme the colours above fall under 3:1 against the page (D3); these keep ≥ 3:1 on #202124. */
const DARK: Record<Exclude<BoxStyle, 'tone' | 'asked'>, string> = {
  error: '#f28b82',
  warning: '#fdd663',
  suggestion: '#8ab4f8',
};

/** A wavy underline drawn as a background (two gradients make the zigzag), under the line's text. */
function wave(color: string, px: number): string {
  return (
    `background-image:linear-gradient(135deg,transparent 45%,${color} 45% 55%,transparent 55%),` +
    `linear-gradient(45deg,transparent 45%,${color} 45% 55%,transparent 55%);` +
    `background-size:${px * 2}px ${px * 2}px;background-repeat:repeat-x;background-position:0 100%;`
  );
}

/** Marks narrower than this ("!!", a lone comma) get a tinted halo so they are seen (M4)… */
export const SMALL_MARK_PX = 16;
/** …this wide on each side; the pointer finds the mark anywhere on it. */
export const HALO_PX = 4;

/**
 * Styles of the boxes, in the layer's shadow root. Each box covers its line of text (for hit tests and the
 * error tint) and draws the wave along its bottom; `transform` moves it, so following the text through an edit
 * or a scroll is a compositing change, not a layout of the page.
 */
const LAYER_CSS = `
:host { all: initial; }
.layer { position: fixed; left: 0; top: 0; width: 100vw; height: 100vh; pointer-events: none; overflow: hidden; contain: strict; }
.box { position: absolute; left: 0; top: 0; box-sizing: border-box; }
.box.error { ${wave(COLORS.error, 3)} background-color: rgba(217,48,37,0.10); background-clip: border-box; }
.box.warning { ${wave(COLORS.warning, 3)} }
.box.suggestion { ${wave(COLORS.suggestion, 2.5)} }
.box.tone { background-color: rgba(142,36,170,0.14); }
.box.asked { background-color: rgba(19,115,51,0.12); border-bottom: 2px dotted ${COLORS.asked}; }
:host([data-theme="dark"]) .box.asked { background-color: rgba(129,201,149,0.16); border-bottom-color: #81c995; }
.box.small { border-radius: 3px; box-shadow: 0 0 0 ${HALO_PX}px rgba(var(--halo),.22); background-color: rgba(var(--halo),.22); }
.error { --halo: 217,48,37; } .warning { --halo: 227,116,0; } .suggestion { --halo: 26,115,232; }
:host([data-theme="dark"]) .box.error { ${wave(DARK.error, 3)} background-color: rgba(242,139,130,0.16); }
:host([data-theme="dark"]) .box.warning { ${wave(DARK.warning, 3)} }
:host([data-theme="dark"]) .box.suggestion { ${wave(DARK.suggestion, 2.5)} }
:host([data-theme="dark"]) .error { --halo: 242,139,130; } :host([data-theme="dark"]) .warning { --halo: 253,214,99; } :host([data-theme="dark"]) .suggestion { --halo: 138,180,248; }
`;

/** Extra pixels below a line box for the wave, clear of descenders as text-underline-offset: 3px was. */
const UNDERLINE_GAP = 4;

export interface OverlayLayer {
  host: HTMLElement;
  /**
   * Where boxes may show, in viewport coordinates (null: nowhere). Called first in each frame; `zoomed`:
   * the page may have been zoomed since the last frame (its zoom is read again, a style read).
   */
  clip(rect: Box | null, zoomed?: boolean): void;
  /** A box element for mark `key`'s `line`-th line: created once, then only moved. */
  place(key: string, line: number, style: BoxStyle, finding: number | null, rect: Box): void;
  /** Hides every box not placed since the last call (marks gone, scrolled out of reach, lines merged). */
  sweep(): void;
  /** Light marks for a dark page (D3). */
  setDark(dark: boolean): void;
  remove(): void;
}

export function createOverlayLayer(doc: Document, zIndex: number): OverlayLayer {
  const host = doc.createElement('matchmail-marks');
  host.style.cssText = `all:initial;position:fixed;left:0;top:0;width:0;height:0;overflow:visible;pointer-events:none;z-index:${zIndex};`;
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = LAYER_CSS;
  const layer = doc.createElement('div');
  layer.className = 'layer';
  root.append(style, layer);
  doc.body.append(host);

  interface Shown {
    el: HTMLElement;
    /** The geometry last written, to write nothing when the text has not moved. */
    at: string;
    seen: boolean;
  }
  const boxes = new Map<string, Shown>();
  let lastClip = '';
  let zoom = 1;

  return {
    host,
    clip(rect, zoomed = true) {
      // A page zoomed with CSS (zoom on <html> or <body>) zooms our layer too, while client rects are in
      // the viewport's pixels: divide by the layer's own zoom so a box lands on its text.
      if (zoomed) zoom = (host as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom || 1;
      const key = rect ? `${rect.left},${rect.top},${rect.width},${rect.height},${zoom}` : 'none';
      if (key === lastClip) return;
      lastClip = key;
      if (!rect) {
        layer.style.clipPath = 'inset(100%)';
        return;
      }
      layer.style.clipPath = `xywh(${rect.left / zoom}px ${rect.top / zoom}px ${rect.width / zoom}px ${rect.height / zoom}px)`;
    },
    place(key, line, boxStyle, finding, rect) {
      const id = `${key}#${line}`;
      let shown = boxes.get(id);
      if (!shown) {
        const el = doc.createElement('div');
        el.className = `box ${boxStyle}`;
        el.setAttribute('data-severity', boxStyle);
        el.setAttribute('data-mark', key);
        if (finding !== null) el.setAttribute('data-finding', String(finding));
        layer.append(el);
        shown = { el, at: '', seen: true };
        boxes.set(id, shown);
      }
      shown.seen = true;
      if (finding !== null && shown.el.getAttribute('data-finding') !== String(finding))
        shown.el.setAttribute('data-finding', String(finding));
      const z = zoom;
      const height = (boxStyle === 'tone' ? rect.height : rect.height + UNDERLINE_GAP) / z;
      const at = `${rect.left},${rect.top},${rect.width},${height},${z}`;
      if (at === shown.at) return;
      shown.at = at;
      const s = shown.el.style;
      s.transform = `translate(${rect.left / z}px,${rect.top / z}px)`;
      s.width = `${rect.width / z}px`;
      s.height = `${height}px`;
      if (boxStyle !== 'tone' && boxStyle !== 'asked')
        shown.el.classList.toggle('small', rect.width < SMALL_MARK_PX);
    },
    setDark(dark) {
      if (dark === host.hasAttribute('data-theme')) return;
      if (dark) host.setAttribute('data-theme', 'dark');
      else host.removeAttribute('data-theme');
    },
    sweep() {
      for (const [id, shown] of boxes) {
        if (shown.seen) {
          shown.seen = false;
          continue;
        }
        // A box far from view or of a mark that is gone: removed, so the layer never grows with the draft.
        shown.el.remove();
        boxes.delete(id);
      }
    },
    remove() {
      boxes.clear();
      host.remove();
    },
  };
}
