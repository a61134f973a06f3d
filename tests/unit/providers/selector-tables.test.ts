// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { GMAIL_SELECTORS } from '../../../src/providers/gmail-selectors';
import { OUTLOOK_SELECTORS } from '../../../src/providers/outlook-selectors';
import type { LayerKind, SelectorEntry } from '../../../src/providers/selector-entry';
import { fixtureHtml, loadFixture } from './load-fixture';

const TABLES: Record<string, Record<string, SelectorEntry>> = {
  gmail: GMAIL_SELECTORS,
  outlook: OUTLOOK_SELECTORS,
};
const RANK: Record<LayerKind, number> = { attribute: 0, class: 1, structure: 2, label: 3 };

/** Entries whose layer order departs from attributes → classes → structure, each with the reason. */
const ORDER_EXCEPTIONS: Record<string, string> = {
  'gmail.root':
    '.M9 is the one container shared by all surfaces; [role=dialog] is missing from inline replies',
};
/** Entries no fixture contains, each with where they are tested instead. */
const UNMATCHED_BY_FIXTURES: Record<string, string> = {
  'gmail.popoutPage': 'no Gmail pop-out fixture; gmail.test.ts adds body.xE.xp to new-compose.html',
};
// Attributes whose values are words the user sees, in the user's language.
const LOCALISED = /\[(aria-label|aria-description|data-tooltip|title|placeholder|alt)\b/;

const entries = Object.entries(TABLES).flatMap(([provider, table]) =>
  Object.entries(table).map(([name, entry]) => ({ id: `${provider}.${name}`, provider, entry })),
);

describe.each(entries)('$id', ({ id, entry }) => {
  test('says what it targets and where the evidence is', () => {
    expect(entry.target.length).toBeGreaterThan(10);
    expect(entry.evidence).toMatch(/§\d/);
    expect(entry.layers.length).toBeGreaterThan(0);
    for (const layer of entry.layers) expect(layer.seen.length).toBeGreaterThan(3);
  });

  test('layers run attributes → classes → structure → labels', () => {
    const ranks = entry.layers.map((layer) => RANK[layer.via]);
    const sorted = [...ranks].sort((a, b) => a - b);
    if (ORDER_EXCEPTIONS[id]) expect(ranks).not.toEqual(sorted);
    else expect(ranks).toEqual(sorted);
  });

  test('only label layers match localised words', () => {
    for (const layer of entry.layers) {
      if (layer.via !== 'label') expect(layer.css, layer.css).not.toMatch(LOCALISED);
      expect(layer.css).not.toMatch(/:contains|:has-text/);
    }
  });

  test('every layer is valid CSS', () => {
    for (const layer of entry.layers) expect(() => document.querySelectorAll(layer.css)).not.toThrow();
  });
});

describe('fixtures cover the tables', () => {
  const fixtureDir = resolve(__dirname, '../../fixtures');
  const pages = (provider: string) =>
    readdirSync(resolve(fixtureDir, provider))
      .filter((file) => file.endsWith('.html') && !file.startsWith('drift-'))
      .map((file) => `${provider}/${file}`);

  test.each(entries)('$id is matched by at least one fixture', ({ id, provider, entry }) => {
    const matched = pages(provider).some((page) => {
      const doc = loadFixture(page);
      return entry.layers.some((layer) => doc.querySelector(layer.css) !== null);
    });
    expect(matched, UNMATCHED_BY_FIXTURES[id] ?? 'no fixture matches this entry').toBe(
      !UNMATCHED_BY_FIXTURES[id],
    );
  });

  const allPages = Object.keys(TABLES).flatMap((provider) =>
    readdirSync(resolve(fixtureDir, provider))
      .filter((file) => file.endsWith('.html'))
      .map((file) => ({ provider, file })),
  );

  test.each(allPages)(
    '$provider/$file has a header, a real contenteditable, and a README row',
    ({ provider, file }) => {
      const html = fixtureHtml(`${provider}/${file}`);
      expect(html).toMatch(/^<!DOCTYPE html>\s*<!--\s*Fixture: [\s\S]*?Evidence[\s\S]*?§\d[\s\S]*?-->/);
      expect(html).toContain('contenteditable="true"');
      expect(readFileSync(resolve(fixtureDir, provider, 'README.md'), 'utf8')).toContain(`\`${file}\``);
    },
  );
});
