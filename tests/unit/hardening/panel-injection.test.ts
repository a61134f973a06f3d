// @vitest-environment happy-dom
/**
 * Issue 7 §3, the panel: findings whose message, excerpt, why and source title carry markup render only as
 * text — no element is created from them, no event-handler attribute appears, the text shows literally —
 * and a source URL that is not https (javascript:, data:, vbscript:, odd spellings of them) is never
 * rendered as a link. The rule schema only allows https sources; this is the second line of defence.
 */
import { h, render } from 'preact';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import type { Finding } from '../../../src/analyzer/types';
import type { ToneReport } from '../../../src/tone/types';
import { Panel, type PanelActions, type PanelState } from '../../../src/ui/Panel';
import { ToneView } from '../../../src/ui/ToneView';
import { MARKUP, PAYLOADS } from './payloads';

const BAD_URLS = [
  'javascript:window.__mmPwned = 1',
  'JaVaScRiPt:window.__mmPwned = 1',
  ' javascript:window.__mmPwned = 1',
  'java\tscript:window.__mmPwned = 1',
  '\x01javascript:window.__mmPwned = 1',
  'javascript&colon;window.__mmPwned = 1',
  'data:text/html,<script>window.__mmPwned = 1</script>',
  'vbscript:msgbox(1)',
  'http://plain-http.example/',
  '//protocol-relative.example/',
];

/** Elements a payload would create if it were parsed as HTML. */
const FOREIGN = 'script, img, svg, iframe, style, object, embed, link, meta, base, form, frame, math';

const noop: PanelActions & Pick<Parameters<typeof Panel>[0], 'words' | 'canFix'> = {
  onJump() {},
  onIgnore() {},
  onDisableRule() {},
  onConfirmDisable() {},
  onCancelDisable() {},
  onApplyFix() {},
  onToggleCollapsed() {},
  onToggleEnabled() {},
  onKind() {},
  onToneCheck() {},
  onGuardBack() {},
  onGuardSend() {},
  onGuardShow() {},
  onUndoDisable() {},
  onOpenSetup() {},
  onUseDecline() {},
  onCloseMarkCard() {},
  onMarkCardPointer() {},
  onBackToDraft() {},
  onDragStart() {},
  onDockBack() {},
  words: () => undefined,
  canFix: () => false,
};

/** Opens every "Why?" disclosure (the reason and the source are behind it) and lets Preact re-render. */
async function openWhy(root: HTMLElement) {
  for (const b of root.querySelectorAll<HTMLButtonElement>('[data-action="why"]')) b.click();
  await new Promise((ok) => setTimeout(ok, 0));
}

let payloadsTried = 0;
let container: HTMLElement;

function finding(i: number, payload: string, url: string): Finding {
  return {
    ruleId: `rule-${i}`,
    severity: (['error', 'warning', 'suggestion'] as const)[i % 3]!,
    message: `Message ${payload}`,
    why: `Why ${payload}`,
    source: { title: `Source ${payload}`, url },
    line: 1,
    column: i + 1,
    start: i,
    end: i + 5,
    excerpt: `Excerpt ${payload}`,
    target: i % 4 === 3 ? 'thread' : 'draft',
  };
}

function mount(state: Partial<PanelState>, extra: Record<string, unknown> = {}): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  const full: PanelState = {
    kind: 'thank-you',
    findings: [],
    collapsed: false,
    enabled: true,
    unreadable: false,
    activeIndex: null,
    markCard: null,
    guard: null,
    notice: null,
    ...state,
  };
  render(h(Panel, { ...noop, state: full, ...extra }), container);
  return container;
}

function expectOnlyText(root: HTMLElement, payloads: readonly string[]) {
  expect(root.querySelectorAll(FOREIGN).length, root.innerHTML.slice(0, 300)).toBe(0);
  for (const el of root.querySelectorAll('*')) {
    for (const attr of el.getAttributeNames()) {
      expect(attr.startsWith('on'), `${el.tagName} has ${attr}`).toBe(false);
      // Attribute values may hold payload text (aria-label), but never as a URL to follow.
      if (attr === 'href' || attr === 'src' || attr === 'action' || attr === 'formaction') {
        expect(el.getAttribute(attr), `${el.tagName} ${attr}`).toMatch(/^https:\/\//);
      }
    }
  }
  const text = root.textContent ?? '';
  for (const p of payloads) expect(text, 'the payload is shown literally').toContain(p);
  expect((window as unknown as { __mmPwned?: unknown }).__mmPwned).toBeUndefined();
}

afterEach(() => {
  render(null, container);
  container.remove();
});

describe('panel with hostile findings', () => {
  test.each(PAYLOADS.map((p) => [JSON.stringify(p), p] as const))(
    'payload %s: text only, in cards, the card at a mark and send guard',
    async (_shown, payload) => {
      payloadsTried++;
      const findings = [0, 1, 2, 3].map((i) => finding(i, payload, 'https://www.nrmp.org/'));
      const root = mount({
        findings,
        markCard: { index: 0, via: 'click', anchor: { left: 10, top: 20, bottom: 30 } },
        guard: findings.filter((f) => f.severity === 'error'),
        notice: `Stored data for ${payload} was set aside`,
      });
      expect(root.querySelectorAll('[data-rule-id]').length).toBeGreaterThanOrEqual(4);
      expect(root.querySelector('[data-mark-card]')).not.toBeNull();
      await openWhy(root);
      expect(root.querySelector('[data-send-guard]')).not.toBeNull();
      expectOnlyText(root, [
        `Message ${payload}`,
        `Excerpt ${payload}`,
        `Why ${payload}`,
        `Source ${payload}`,
      ]);
    },
  );

  test.each(BAD_URLS.map((u) => [JSON.stringify(u), u] as const))(
    'a source URL %s is not rendered as a link (its title still shows as text)',
    async (_shown, url) => {
      payloadsTried++;
      const root = mount({ findings: [finding(0, MARKUP[0]!, url)] });
      await openWhy(root);
      const card = root.querySelector('[data-rule-id]')!;
      expect(card.textContent).toContain(`Source ${MARKUP[0]}`);
      for (const a of root.querySelectorAll('a')) {
        expect(a.getAttribute('href'), 'link target').toMatch(/^https:\/\//);
      }
      expectOnlyText(root, []);
    },
  );

  test('an https source is a link that opens apart from the page (noopener)', async () => {
    const root = mount({ findings: [finding(0, 'x', 'https://www.nrmp.org/policy/')] });
    await openWhy(root);
    const a = root.querySelector('a')!;
    expect(a.getAttribute('href')).toBe('https://www.nrmp.org/policy/');
    expect(a.getAttribute('rel')).toContain('noopener');
  });

  test('collapsed badge and unreadable notice with hostile findings stay text only', () => {
    payloadsTried++;
    const findings = MARKUP.map((p, i) => finding(i, p, 'https://www.nrmp.org/'));
    expectOnlyText(mount({ findings, collapsed: true }), []);
    render(null, container);
    container.remove();
    expectOnlyText(mount({ findings, unreadable: true }), []);
  });
});

describe('tone view with hostile text', () => {
  test('suggestions and the error line render as text', () => {
    for (const payload of PAYLOADS) {
      payloadsTried++;
      const report: ToneReport = {
        labels: [{ label: 'warm', score: 0.5, sentences: [{ start: 0, end: 3 }] }],
        dominant: ['warm'],
        readability: { gradeLevel: 8, averageSentenceWords: 12, sentences: 3, words: 36 },
        length: { words: 36, budget: 200, over: false },
        suggestions: [`Try ${payload}`],
      };
      container = document.createElement('div');
      document.body.append(container);
      render(h(ToneView, { report, loading: false, error: `Error ${payload}`, onClose() {} }), container);
      expectOnlyText(container, [`Try ${payload}`, `Error ${payload}`]);
      render(null, container);
      container.remove();
    }
    container = document.createElement('div');
  });
});

afterAll(() => {
  console.log(
    `panel injection: ${payloadsTried} renders with payloads (${PAYLOADS.length} payloads, ${BAD_URLS.length} non-https URLs)`,
  );
});
