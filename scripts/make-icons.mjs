/**
 * Draws the toolbar and store icons (public/icon/<size>.png) from scripts/icon.svg with the system's
 * Chromium: the SVG is rendered at each size with a transparent background. No network. Run after changing
 * the SVG: `node scripts/make-icons.mjs`.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../tests/e2e/mail-server.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const SIZES = [16, 32, 48, 96, 128];
const svg = readFileSync(join(ROOT, 'scripts/icon.svg'), 'utf8');
const out = join(ROOT, 'public/icon');
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: chromiumPath(),
  headless: true,
  args: ['--no-sandbox'],
});
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const body = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<html><body style="margin:0;background:transparent">${body}</body></html>`);
    await page.screenshot({
      path: join(out, `${size}.png`),
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    await page.close();
    console.log(`public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
