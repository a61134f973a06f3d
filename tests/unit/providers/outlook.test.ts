// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { outlook } from '../../../src/providers';
import type { ComposeHandle } from '../../../src/providers/types';
import { expectRoundTrip, startsBefore } from './expect-round-trip';
import { loadFixture } from './load-fixture';

function only(path: string): ComposeHandle {
  const composes = outlook.findComposes(loadFixture(path));
  expect(composes).toHaveLength(1);
  return composes[0] as ComposeHandle;
}

function placeCaret(node: Node, offset: number): void {
  const range = document.createRange();
  range.setStart(node, offset);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

function textNodeContaining(root: Element, needle: string): Text {
  const walker = document.createTreeWalker(root, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Text).data.includes(needle)) return node as Text;
  }
  throw new Error(`no text node contains ${needle}`);
}

describe('docked compose (new message in the reading pane)', () => {
  test('finds the RoosterJS body, the docking root, the scoped subject and Send', () => {
    const compose = only('outlook/docked-compose.html');
    expect(compose.provider).toBe('outlook');
    expect(compose.surface).toBe('docked');
    expect(compose.id).toMatch(/^outlook:compose-\d+$/);
    expect(compose.editable.getAttribute('aria-multiline')).toBe('true');
    expect(compose.root.id).toBe('docking_InitVisiblePart_0');
    // The search box is also input[type=text][autocomplete=off], but outside the compose.
    expect(compose.subjectInput?.value).toBe('Interest in the Northlake Health Anesthesiology Residency');
    expect(compose.sendButton?.classList.contains('ms-Button--primary')).toBe(true);
  });

  test('read(): author text without the #Signature block or the zero-width space RoosterJS left', () => {
    const snapshot = only('outlook/docked-compose.html').read();
    expect(snapshot.text).toBe(
      [
        'Dear Dr. Marsh,',
        '',
        'I am a graduate of the University of Lagos applying to anesthesiology this cycle, and I am writing to express my interest in the Northlake Health residency. Your perioperative medicine track is a strong fit for my research in enhanced recovery after surgery.',
        '',
        'Sincerely,',
        'Maya Okafor',
      ].join('\n'),
    );
    expect(snapshot.signature).toBe('Maya Okafor, MD\nAAMC ID 14820573');
    expect(snapshot.isReply).toBe(false);
    expect(snapshot.thread).toBe('');
    expect(snapshot.plainText).toBe(false);
  });

  test('recipients in well order; display-name-only chips keep email null', () => {
    const snapshot = only('outlook/docked-compose.html').read();
    expect(snapshot.to).toEqual(['anesthesia.residency@northlake-health.example']);
    expect(snapshot.cc).toEqual(['s.adeyemi@lagos-med.example']);
    expect(snapshot.recipients).toEqual([
      { field: 'to', email: null, name: 'Dr. Evelyn Marsh' },
      { field: 'to', email: 'anesthesia.residency@northlake-health.example', name: null },
      { field: 'cc', email: 's.adeyemi@lagos-med.example', name: 'Samuel Adeyemi' },
    ]);
  });

  test('the map round-trips, including across the zero-width space', () => {
    const snapshot = only('outlook/docked-compose.html').read();
    expect(expectRoundTrip(snapshot)).toBeGreaterThan(1000);
    const at = snapshot.text.indexOf('Sincerely,');
    expect(snapshot.map.rangeFor(at, at + 'Sincerely,'.length)?.toString()).toBe('Sincerely,');
  });

  test('insertion point: end of the author text, before #Signature', () => {
    const compose = only('outlook/docked-compose.html');
    const point = compose.insertionPoint();
    const snapshot = compose.read();
    expect(snapshot.map.offsetOf(point.startContainer, point.startOffset)).toBe(snapshot.text.length);
    expect(startsBefore(point, compose.editable.querySelector('#Signature') as Element)).toBe(true);
  });

  test('reading leaves the DOM as it was', () => {
    const compose = only('outlook/docked-compose.html');
    const before = compose.root.outerHTML;
    compose.read().map.rangeFor(0, 10);
    compose.insertionPoint();
    expect(compose.root.outerHTML).toBe(before);
  });
});

describe('pop-out reply with quoted history and signature', () => {
  test('pop-out surface, subject, To with "Name <email>", empty Cc', () => {
    const compose = only('outlook/popout-reply.html');
    expect(compose.surface).toBe('popout');
    expect(compose.root.getAttribute('data-app-section')).toBe('Form_Content');
    const snapshot = compose.read();
    expect(snapshot.subject).toBe('RE: Post-interview update from Northlake Anesthesiology');
    expect(snapshot.recipients).toEqual([
      {
        field: 'to',
        email: 'anesthesia.residency@northlake-health.example',
        name: 'Northlake Anesthesiology Residency',
      },
    ]);
    expect(snapshot.cc).toEqual([]);
    expect(snapshot.isReply).toBe(true);
  });

  test('text excludes the signature and everything from #appendonsend on', () => {
    const snapshot = only('outlook/popout-reply.html').read();
    expect(snapshot.text).toBe(
      'Dear Ms. Alvarez,\n\nThank you for the update and for the thoughtful interview day. I enjoyed learning about the obstetric anesthesia fellowship pipeline and the resident wellness program.\n\nKind regards,\nMaya Okafor',
    );
    expect(snapshot.signature).toBe('Maya Okafor, MD\nUniversity of Lagos College of Medicine, 2024');
    expectRoundTrip(snapshot);
  });

  test('thread is the header block and the program message with its rank question', () => {
    const { thread } = only('outlook/popout-reply.html').read();
    expect(
      thread.startsWith(
        'From: Northlake Anesthesiology Residency <anesthesia.residency@northlake-health.example>\nSent: Monday, January 20, 2025 9:14 AM\n',
      ),
    ).toBe(true);
    expect(thread).toContain(
      'Where will you rank us? If Northlake is your first choice, please let us know.',
    );
    expect(thread).not.toContain('Kind regards');
  });

  test('insertion point: the caret in the author text; not in the quote or signature', () => {
    const compose = only('outlook/popout-reply.html');
    const { map, text } = compose.read();
    const own = textNodeContaining(compose.editable, 'Thank you for the update');
    placeCaret(own, 5);
    expect(compose.insertionPoint().startContainer).toBe(own);
    for (const needle of ['Where will you rank us', 'University of Lagos College']) {
      placeCaret(textNodeContaining(compose.editable, needle), 2);
      const point = compose.insertionPoint();
      expect(map.offsetOf(point.startContainer, point.startOffset)).toBe(text.length);
      expect(startsBefore(point, compose.editable.querySelector('#Signature') as Element)).toBe(true);
    }
  });
});

describe('reading-pane inline reply', () => {
  test('no subject of its own; quote in #mail-editor-reference-message-container', () => {
    const compose = only('outlook/reading-pane-reply.html');
    expect(compose.surface).toBe('inline');
    expect(compose.root.getAttribute('role')).toBe('main');
    expect(compose.subjectInput).toBeNull();
    const snapshot = compose.read();
    expect(snapshot.subject).toBeNull();
    expect(snapshot.text.endsWith('a program I would be proud to train in.\n\nMaya')).toBe(true);
    expect(snapshot.text).not.toContain('rank Cedar Valley');
    expect(snapshot.thread).toContain('where will you rank Cedar Valley?');
    expect(snapshot.signature).toBe('Maya Okafor, MD');
    expect(snapshot.recipients).toEqual([{ field: 'to', email: null, name: 'Jordan Pike' }]);
    expect(snapshot.to).toEqual([]);
    expectRoundTrip(snapshot);
  });

  test('the message being read above the reply is not taken for a body', () => {
    const compose = only('outlook/reading-pane-reply.html');
    expect(compose.editable.classList.contains('readMessage')).toBe(false);
  });
});

describe('health and drift', () => {
  test('docked compose: only Send is found by a fallback (no name="Send" in today\'s markup)', () => {
    expect(outlook.health(loadFixture('outlook/docked-compose.html'))).toEqual({
      ok: true,
      missing: [],
      fallbacks: ['send'],
      composes: 1,
    });
  });

  test('pop-out reply: every required entry by its first layer', () => {
    expect(outlook.health(loadFixture('outlook/popout-reply.html'))).toEqual({
      ok: true,
      missing: [],
      fallbacks: [],
      composes: 1,
    });
  });

  test('drift with fallbacks: the body is the last editable after the wells; Send by its label', () => {
    const doc = loadFixture('outlook/drift-fallback.html');
    const compose = only('outlook/drift-fallback.html');
    expect(compose.editable.classList.contains('zQ81p')).toBe(true);
    expect(compose.root.getAttribute('role')).toBe('main');
    const snapshot = compose.read();
    expect(snapshot.text).toBe(
      'Dear Ms. Alvarez,\n\nMy abstract on regional anesthesia outcomes was accepted for a poster at the spring meeting.\n\nBest wishes,\nMaya Okafor',
    );
    expect(snapshot.to).toEqual(['anesthesia.residency@northlake-health.example']);
    expect(snapshot.subject).toBe('Research update');
    expect(snapshot.signature).toBe('Maya Okafor, MD');
    expectRoundTrip(snapshot);
    expect(outlook.health(doc)).toEqual({ ok: true, missing: [], fallbacks: ['body', 'send'], composes: 1 });
  });

  test('drift beyond the fallbacks: nothing found, nothing thrown, health names what is missing', () => {
    const doc = loadFixture('outlook/drift-unreadable.html');
    expect(() => outlook.findComposes(doc)).not.toThrow();
    expect(outlook.findComposes(doc)).toEqual([]);
    const report = outlook.health(doc);
    expect(report.ok).toBe(false);
    expect(report.missing.sort()).toEqual(['body', 'root', 'send']);
  });

  test('a reading pane with no compose is healthy', () => {
    document.body.innerHTML = '<div role="main"><div aria-label="Message body">Hello</div></div>';
    expect(outlook.findComposes(document)).toEqual([]);
    expect(outlook.health(document)).toEqual({ ok: true, missing: [], fallbacks: [], composes: 0 });
  });
});
