/**
 * Whether the applicant keeps the panel open or closed, and where they dragged it (L2), remembered across
 * composes and reloads in `browser.storage.local` (`panelOpen`, `panelPosition`), like a sidebar's state.
 * Closed and beside the draft until they change it. Read here, written by the service worker like
 * everything a mail tab stores (src/records/writer.ts).
 */
import { browser } from 'wxt/browser';
import { write } from './records-source';

const KEY = 'panelOpen';
const POSITION = 'panelPosition';

export interface PanelPosition {
  left: number;
  top: number;
}

export interface PanelMemory {
  open(): boolean;
  remember(open: boolean): void;
  /** Where the applicant put the open panel, or null: beside the draft. */
  position(): PanelPosition | null;
  rememberPosition(position: PanelPosition | null): void;
  /** Resolves once the stored value has been read. */
  ready: Promise<void>;
}

const isPosition = (v: unknown): v is PanelPosition =>
  typeof v === 'object' &&
  v !== null &&
  Number.isFinite((v as PanelPosition).left) &&
  Number.isFinite((v as PanelPosition).top);

export function createPanelMemory(): PanelMemory {
  let open = false;
  let position: PanelPosition | null = null;
  const ready = browser.storage.local
    .get([KEY, POSITION])
    .then((items) => {
      open = items[KEY] === true;
      position = isPosition(items[POSITION]) ? items[POSITION] : null;
    })
    .catch(() => undefined);
  return {
    open: () => open,
    remember(value) {
      open = value;
      void write({ op: 'panel-open', open: value });
    },
    position: () => position,
    rememberPosition(value) {
      position = value;
      void write({ op: 'panel-position', position: value });
    },
    ready,
  };
}
