/**
 * Whether the applicant keeps the panel open or closed, remembered across composes and reloads in
 * `browser.storage.local` (`panelOpen`), like a sidebar's state. Closed until they open it.
 */
import { browser } from 'wxt/browser';

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
      void browser.storage.local.set({ [KEY]: value }).catch(() => undefined);
    },
    ready,
  };
}
