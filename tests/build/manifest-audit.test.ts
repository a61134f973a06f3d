/**
 * The built manifests ask for only what MatchMail needs: storage, scripting (to inject the lazy bundle and to
 * re-inject after an update), and the five webmail hosts. No web-accessible resources, no remote code,
 * the default content security policy.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAIL_MATCHES } from '../../src/content/hosts';

const BUILDS = ['.output/chrome-mv3', '.output/firefox-mv3'];

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? jsFiles(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : [],
  );
}

describe.each(BUILDS)('%s', (dir) => {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

  it('is Manifest V3', () => expect(manifest.manifest_version).toBe(3));
  it('requests only storage and scripting', () =>
    expect([...manifest.permissions].sort()).toEqual(['scripting', 'storage']));
  it('asks for the five mail hosts and nothing else', () =>
    expect([...manifest.host_permissions].sort()).toEqual([...MAIL_MATCHES].sort()));
  it('runs its content script only on the five mail hosts', () => {
    for (const cs of manifest.content_scripts)
      expect([...cs.matches].sort()).toEqual([...MAIL_MATCHES].sort());
  });
  it('exposes nothing to web pages and keeps the default CSP', () => {
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });
  it('ships no code that could reach the network', () => {
    const offenders: string[] = [];
    for (const f of jsFiles(dir)) {
      const src = readFileSync(f, 'utf8');
      for (const api of [
        /\bfetch\s*\(/,
        /new\s+XMLHttpRequest/,
        /new\s+WebSocket/,
        /sendBeacon\s*\(/,
        /new\s+EventSource/,
        /importScripts\s*\(\s*['"]https?:/,
      ]) {
        if (api.test(src)) offenders.push(`${f}: ${api.source}`);
      }
      if (/<script[^>]+src=["']https?:/i.test(src)) offenders.push(`${f}: remote <script>`);
    }
    expect(offenders, offenders.join('\n')).toEqual([]);
  });
  if (dir.includes('firefox')) {
    it('carries a gecko id', () => expect(manifest.browser_specific_settings?.gecko?.id).toMatch(/@/));
  }
});
