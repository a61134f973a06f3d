/**
 * Whether the applicant keeps the panel open or closed, remembered across composes and reloads in
 * `browser.storage.local` (`panelOpen`), like a sidebar's state. Closed until they open it. Read here,
 * written by the service worker like everything a mail tab stores (src/records/writer.ts).
 */
import { browser } from 'wxt/browser';
import { write } from './records-source';

const KEY = 'panelOpen';

export interface PanelMemory {
  open(): boolean;
  remember(open: boolean): void;
  /** Resolves once the stored value has been read. */
  ready: Promise<void>;
}

export function createPanelMemory(): PanelMemory {
  let open = false;
  const ready = browser.storage.local
    .get(KEY)
    .then((items) => {
      open = items[KEY] === true;
    })
    .catch(() => undefined);
  return {
    open: () => open,
    remember(value) {
      open = value;
      void write({ op: 'panel-open', open: value });
    },
    ready,
  };
}
