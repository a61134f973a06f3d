/** Loads a fixture page into the test's happy-dom document, replacing whatever was there. */

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const FIXTURES = resolve(__dirname, '../../fixtures');

export function fixtureHtml(path: string): string {
  return readFileSync(resolve(FIXTURES, path), 'utf8');
}

/** Writes the whole page (doctype, head, body attributes) so body-level flags survive. */
export function loadFixture(path: string): Document {
  // Fixtures reference OWA's CDN assets (for asset sniffing); happy-dom must not try, or log, loading them.
  const settings = (
    window as unknown as { happyDOM?: { settings: { handleDisabledFileLoadingAsSuccess: boolean } } }
  ).happyDOM?.settings;
  if (settings) settings.handleDisabledFileLoadingAsSuccess = true;
  document.open();
  document.write(fixtureHtml(path));
  document.close();
  return document;
}
