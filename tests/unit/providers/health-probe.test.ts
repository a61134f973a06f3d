// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { gmail } from '../../../src/providers/gmail';
import { outlook } from '../../../src/providers/outlook';

describe('health probe: what counts as "a compose is open"', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it.each([gmail, outlook].map((p) => [p.name, p] as const))(
    '%s: a single-line chat or search box raises no notice',
    (_name, provider) => {
      document.body.innerHTML =
        '<div role="search"><div contenteditable="true">find</div></div><div class="chat-input" contenteditable="true">hi</div>';
      expect(provider.health(document).ok).toBe(true);
    },
  );

  it.each([gmail, outlook].map((p) => [p.name, p] as const))(
    '%s: an unrecognised multi-line body is reported as unreadable',
    (_name, provider) => {
      document.body.innerHTML =
        '<div contenteditable="true"><div>Dear Dr. Lee,</div><div><br></div><div>Thanks</div></div>';
      const h = provider.health(document);
      expect(h.ok).toBe(false);
      expect(h.missing.length).toBeGreaterThan(0);
    },
  );
});
