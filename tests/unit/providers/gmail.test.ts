// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { gmail } from '../../../src/providers';
import type { ComposeHandle } from '../../../src/providers/types';
import { expectRoundTrip, startsBefore } from './expect-round-trip';
import { loadFixture } from './load-fixture';

function only(path: string): ComposeHandle {
  const composes = gmail.findComposes(loadFixture(path));
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

const AUTHOR_TEXT_NEW = [
  'Dear Dr. Marsh,',
  '',
  "I am writing to express my strong interest in the Northlake Health anesthesiology residency. During my sub-internship in cardiac anesthesia I managed more than forty cases under supervision, and your program's emphasis on regional anesthesia and acute pain fits the career I want to build.",
  '',
  'I would be grateful for the chance to interview. My AAMC ID is 14820573, and my ERAS application is complete.',
  '',
  'Sincerely,',
  'Maya Okafor',
].join('\n');

describe('new compose (mole dialog)', () => {
  test('finds the one compose with its parts', () => {
    const compose = only('gmail/new-compose.html');
    expect(compose.provider).toBe('gmail');
    expect(compose.surface).toBe('dialog');
    expect(compose.id).toBe('gmail:fx3k9q2m7a');
    expect(compose.editable.getAttribute('g_editable')).toBe('true');
    expect(compose.root.classList.contains('M9')).toBe(true);
    expect(compose.subjectInput?.name).toBe('subjectbox');
    expect(compose.sendButton?.classList.contains('aoO')).toBe(true);
  });

  test('never picks the hidden plain-text textarea that shares the body aria-label', () => {
    const compose = only('gmail/new-compose.html');
    expect(compose.editable.tagName).toBe('DIV');
    expect(document.querySelectorAll('[aria-label="Message Body"]')).toHaveLength(2);
  });

  test('read(): the author text exactly, without the "-- " line or the signature', () => {
    const snapshot = only('gmail/new-compose.html').read();
    expect(snapshot.text).toBe(AUTHOR_TEXT_NEW);
    expect(snapshot.signature).toBe(
      'Maya Okafor, MD\nUniversity of Lagos College of Medicine, 2024\nERAS applicant, Anesthesiology',
    );
    expect(snapshot.text).not.toContain('--');
  });

  test('read(): subject, lower-cased To/Cc addresses with names, no thread', () => {
    const snapshot = only('gmail/new-compose.html').read();
    expect(snapshot.subject).toBe('Interest in the Northlake Health Anesthesiology Residency');
    expect(snapshot.to).toEqual([
      'emarsh@northlake-health.example',
      'anesthesia.residency@northlake-health.example',
    ]);
    expect(snapshot.cc).toEqual(['s.adeyemi@lagos-med.example']);
    expect(snapshot.bcc).toEqual([]);
    expect(snapshot.recipients[0]).toEqual({
      field: 'to',
      email: 'emarsh@northlake-health.example',
      name: 'Evelyn Marsh',
    });
    expect(snapshot.thread).toBe('');
    expect(snapshot.isReply).toBe(false);
    expect(snapshot.plainText).toBe(false);
  });

  test('recipients and the subject field follow the page between reads (found again only after a change outside the body)', () => {
    const compose = only('gmail/new-compose.html');
    expect(compose.read().to).toHaveLength(2);
    // Typing in the body: nothing outside it changed.
    compose.editable.append(document.createTextNode(' More text.'));
    expect(compose.read().to).toHaveLength(2);
    // The page adds a chip to To and reads at once, in the same task (before any observer callback).
    const chip = compose.root.querySelector('[data-hovercard-id*="@"]') as Element;
    const added = chip.cloneNode(true) as Element;
    added.setAttribute('data-hovercard-id', 'pd@northlake-health.example');
    chip.after(added);
    expect(compose.read().to).toContain('pd@northlake-health.example');
    // The page hides the subject field.
    const subject = compose.subjectInput as HTMLInputElement;
    expect(compose.read().subject).toBe('Interest in the Northlake Health Anesthesiology Residency');
    subject.setAttribute('hidden', '');
    expect(compose.read().subject).toBeNull();
    subject.removeAttribute('hidden');
    subject.value = 'Changed by typing';
    expect(compose.read().subject).toBe('Changed by typing');
  });

  test('the map round-trips across the whole text', () => {
    expect(expectRoundTrip(only('gmail/new-compose.html').read())).toBeGreaterThan(1500);
  });

  test('a rule hit maps to the words in the DOM, across the <b> boundary', () => {
    const { text, map } = only('gmail/new-compose.html').read();
    const start = text.indexOf('emphasis on regional anesthesia');
    const range = map.rangeFor(start, start + 'emphasis on regional anesthesia'.length);
    expect(range?.toString()).toBe('emphasis on regional anesthesia');
    expect((range?.endContainer.parentNode as Element | undefined)?.tagName).toBe('B');
  });

  test('insertion point: end of the author text, before the signature, even with the caret elsewhere', () => {
    const compose = only('gmail/new-compose.html');
    placeCaret(textNodeContaining(compose.editable, 'Dear'), 2);
    const point = compose.insertionPoint();
    const snapshot = compose.read();
    expect(point.collapsed).toBe(true);
    expect(snapshot.map.offsetOf(point.startContainer, point.startOffset)).toBe(snapshot.text.length);
    const signature = compose.editable.querySelector('.gmail_signature') as Element;
    const prefix = compose.editable.querySelector('.gmail_signature_prefix') as Element;
    expect(startsBefore(point, signature)).toBe(true);
    expect(startsBefore(point, prefix)).toBe(true);
  });

  test('the offsets of points in the signature are null', () => {
    const compose = only('gmail/new-compose.html');
    const { map } = compose.read();
    expect(map.offsetOf(textNodeContaining(compose.editable, 'ERAS applicant'), 3)).toBeNull();
    expect(map.offsetOf(textNodeContaining(compose.editable, '-- '), 1)).toBeNull();
  });

  test('a map whose text changed under it answers null instead of throwing (an undo before the next read)', () => {
    const compose = only('gmail/new-compose.html');
    const { map } = compose.read();
    const dear = textNodeContaining(compose.editable, 'Dear');
    // Every text node of the author's but the first is emptied: the map's points in them now lie past their ends.
    const walker = document.createTreeWalker(compose.editable, 4);
    const emptied: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (
        node !== dear &&
        !(node.parentElement?.closest('.gmail_signature, .gmail_signature_prefix') ?? null)
      )
        emptied.push(node as Text);
    }
    for (const t of emptied) t.data = '';
    // A point the map has no segment for (the editable itself) is placed by comparing against stale points.
    expect(() => map.offsetOf(compose.editable, compose.editable.childNodes.length)).not.toThrow();
    expect(map.offsetOf(compose.editable, compose.editable.childNodes.length)).toBeNull();
  });

  test('reading and computing the insertion point leave the DOM as it was', () => {
    const compose = only('gmail/new-compose.html');
    const before = compose.root.outerHTML;
    const snapshot = compose.read();
    compose.insertionPoint();
    snapshot.map.rangeFor(0, snapshot.text.length);
    expect(compose.root.outerHTML).toBe(before);
  });

  test('a popped-out window is reported as such (body.xE.xp)', () => {
    const doc = loadFixture('gmail/new-compose.html');
    doc.body.classList.add('xE', 'xp');
    expect(gmail.findComposes(doc)[0]?.surface).toBe('popout');
  });
});

describe('inline reply with the quote expanded', () => {
  test('inline surface, no subject of its own, recipients from the hidden chip table', () => {
    const compose = only('gmail/reply-inline.html');
    expect(compose.surface).toBe('inline');
    expect(compose.subjectInput).toBeNull();
    const snapshot = compose.read();
    expect(snapshot.subject).toBeNull();
    expect(snapshot.to).toEqual(['anesthesia.residency@northlake-health.example']);
    expect(snapshot.isReply).toBe(true);
  });

  test('text excludes the quote and the "-- <br>" signature exactly', () => {
    const snapshot = only('gmail/reply-inline.html').read();
    expect(snapshot.text).toBe(
      [
        'Dear Ms. Alvarez,',
        '',
        'Thank you for the kind note and for a wonderful interview day on January 14. I especially enjoyed the simulation center tour and talking with the residents about the regional anesthesia rotation.',
        '',
        'I remain very interested in Northlake Health, and I will follow the Match rules as I finalize my rank list.',
        '',
        'Best regards,',
        'Maya Okafor',
      ].join('\n'),
    );
    expect(snapshot.signature).toBe('Maya Okafor, MD\nAAMC ID 14820573');
  });

  test('thread is the quoted program message, attribution line first', () => {
    const { thread, text } = only('gmail/reply-inline.html').read();
    expect(thread.split('\n')[0]).toBe(
      'On Mon, Jan 20, 2025 at 9:14 AM Northlake Anesthesiology Residency <anesthesia.residency@northlake-health.example> wrote:',
    );
    expect(thread).toContain('As we prepare our rank list, where will you rank us?');
    expect(text).not.toContain('where will you rank us');
  });

  test('the map round-trips', () => {
    expect(expectRoundTrip(only('gmail/reply-inline.html').read())).toBeGreaterThan(1000);
  });

  test('insertion point: the caret when it is in the author text', () => {
    const compose = only('gmail/reply-inline.html');
    const node = textNodeContaining(compose.editable, 'I remain very interested');
    placeCaret(node, 8);
    const point = compose.insertionPoint();
    expect(point.startContainer).toBe(node);
    expect(point.startOffset).toBe(8);
  });

  test('insertion point: a caret in the quote or signature is not used; the end of the author text is', () => {
    const compose = only('gmail/reply-inline.html');
    const snapshot = compose.read();
    for (const needle of ['where will you rank us', 'AAMC ID 14820573']) {
      placeCaret(textNodeContaining(compose.editable, needle), 3);
      const point = compose.insertionPoint();
      expect(snapshot.map.offsetOf(point.startContainer, point.startOffset)).toBe(snapshot.text.length);
      expect(startsBefore(point, compose.editable.querySelector('.gmail_quote') as Element)).toBe(true);
    }
  });

  test('insertion point: a remembered caret passed in wins over the live selection', () => {
    const compose = only('gmail/reply-inline.html');
    placeCaret(textNodeContaining(compose.editable, 'Best regards'), 0);
    const remembered = document.createRange();
    const node = textNodeContaining(compose.editable, 'Dear Ms. Alvarez');
    remembered.setStart(node, 4);
    expect(compose.insertionPoint(remembered).startOffset).toBe(4);
    expect(compose.insertionPoint(remembered).startContainer).toBe(node);
  });

  test("a bare blockquote.gmail_quote without an attribution is the author's own text", () => {
    const compose = only('gmail/fullscreen.html');
    expect(compose.read().text).toContain(
      'As your residents put it during the social,\nwe teach each other every single day.\n',
    );
    expect(compose.read().isReply).toBe(false);
  });
});

describe('inline reply with the quote collapsed into the hidden field', () => {
  test('thread comes from input[name=uet]; the body has only the author text', () => {
    const snapshot = only('gmail/reply-collapsed-quote.html').read();
    expect(snapshot.text).toBe(
      'Dear Dr. Pike,\n\nThank you for hosting the second look. I enjoyed meeting the residents again and seeing the new obstetric anesthesia unit.\n\nBest,\nMaya',
    );
    expect(snapshot.thread).toBe(
      [
        'On Tue, Jan 28, 2025 at 4:02 PM Cedar Valley Anesthesiology <anesthesiology.gme@cedarvalley.example> wrote:',
        'Dear Dr. Okafor,',
        '',
        'Thank you for attending our second look. As we finalize our list, where will you rank Cedar Valley? Could you confirm that we are your top choice?',
        '',
        'Jordan Pike, MD',
        'Program Director',
      ].join('\n'),
    );
    expect(snapshot.isReply).toBe(true);
    expect(snapshot.signature).toBe('Maya Okafor, MD · AAMC ID 14820573');
  });

  test('once "Show trimmed content" puts the quote in the body, the body quote is used, not both', () => {
    const compose = only('gmail/reply-collapsed-quote.html');
    const uet = compose.root.querySelector<HTMLInputElement>('input[name="uet"]')!;
    compose.editable.insertAdjacentHTML('beforeend', uet.value);
    const { thread, text } = compose.read();
    expect(thread.match(/where will you rank Cedar Valley/g)).toHaveLength(1);
    expect(text).not.toContain('Cedar Valley');
  });
});

describe('two composes at once', () => {
  test('both are found, each with its own id, recipients and text', () => {
    const [a, b] = gmail.findComposes(loadFixture('gmail/two-composes.html'));
    expect(a?.id).toBe('gmail:ma1a1a1a1a');
    expect(b?.id).toBe('gmail:mb2b2b2b2b');
    expect(a?.read().to).toEqual(['anesthesia.residency@northlake-health.example']);
    expect(b?.read().to).toEqual(['jpike@cedarvalley.example']);
    expect(a?.read().text).toContain('USMLE Step 3');
    expect(b?.read().text).toBe('');
    expect(b?.read().signature).toBe('Maya Okafor, MD');
  });

  test('handles and ids are stable across scans, and survive Gmail re-creating the body', () => {
    const doc = loadFixture('gmail/two-composes.html');
    const first = gmail.findComposes(doc);
    const second = gmail.findComposes(doc);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).toBe(first[1]);
    const a = first[0] as ComposeHandle;
    a.editable.replaceWith(a.editable.cloneNode(true));
    const again = gmail.findComposes(doc);
    expect(again[0]?.editable).not.toBe(a.editable);
    expect(again[0]?.id).toBe(a.id);
  });

  test('a freshly opened compose inserts on its first line, before the signature', () => {
    const b = gmail.findComposes(loadFixture('gmail/two-composes.html'))[1] as ComposeHandle;
    const point = b.insertionPoint();
    expect(b.read().map.offsetOf(point.startContainer, point.startOffset)).toBe(0);
    expect(startsBefore(point, b.editable.querySelector('.gmail_signature_prefix') as Element)).toBe(true);
    expect(startsBefore(point, b.editable.querySelector('br[clear]') as Element)).toBe(true);
  });
});

describe('plain-text mode with legacy recipient fields', () => {
  test('flags plain text and reads "Name <email>" lists from the legacy textareas', () => {
    const snapshot = only('gmail/plain-text-mode.html').read();
    expect(snapshot.plainText).toBe(true);
    expect(snapshot.to).toEqual([
      'emarsh@northlake-health.example',
      'anesthesia.residency@northlake-health.example',
    ]);
    expect(snapshot.recipients[0]?.name).toBe('Marsh, Evelyn');
    expect(snapshot.cc).toEqual([]);
    expect(snapshot.bcc).toEqual(['maya.okafor.md@gmail.example']);
    expect(snapshot.signature).toBe('Maya Okafor, MD\nAAMC ID 14820573');
    expect(snapshot.text.endsWith('With gratitude,\nMaya Okafor')).toBe(true);
    expectRoundTrip(snapshot);
  });

  test('health: the legacy recipient layer is reported as a fallback', () => {
    expect(gmail.health(loadFixture('gmail/plain-text-mode.html'))).toEqual({
      ok: true,
      missing: [],
      fallbacks: ['to'],
      composes: 1,
    });
  });
});

describe('what the real captures show (shared/real-dom/SOURCES.md)', () => {
  test('a rich-text compose whose hidden ishtml is "0" (entry 1) is not plain text; a shown notice is', () => {
    const doc = loadFixture('gmail/new-compose.html');
    (doc.querySelector('input[name="ishtml"]') as HTMLInputElement).value = '0';
    const notice = doc.createElement('div');
    notice.className = 'J-Z aA3';
    notice.style.display = 'none';
    notice.textContent = 'Plain text mode';
    doc.querySelector('.M9')?.append(notice);
    const compose = () => gmail.findComposes(doc)[0] as ComposeHandle;
    expect(compose().read().plainText).toBe(false);
    notice.style.display = '';
    expect(compose().read().plainText).toBe(true);
  });

  test('the 2021+ To input without name="to" (entry 5) still makes a readable compose', () => {
    const doc = loadFixture('gmail/new-compose.html');
    for (const field of doc.querySelectorAll('[name="to"], [name="cc"]')) field.removeAttribute('name');
    for (const input of doc.querySelectorAll('input[peoplekit-id]')) input.setAttribute('role', 'combobox');
    expect(gmail.health(doc)).toEqual({ ok: true, missing: [], fallbacks: ['to'], composes: 1 });
    expect(gmail.findComposes(doc)).toHaveLength(1);
  });
});

describe('full-screen compose', () => {
  test('found under .aSs, list items become lines, the Drive chip island is left out', () => {
    const compose = only('gmail/fullscreen.html');
    expect(compose.surface).toBe('fullscreen');
    const snapshot = compose.read();
    expect(snapshot.text).not.toContain('CV_Okafor');
    expect(snapshot.text).toContain('That is the culture I hope to join.\n\nRespectfully,');
    expect(snapshot.text).toContain(
      'three things at Northlake:\nthe dedicated regional anesthesia rotation in the CA-1 year,\nthe resident-run simulation curriculum,\n',
    );
    expect(snapshot.text.endsWith('Respectfully,\nMaya Okafor')).toBe(true);
    expectRoundTrip(snapshot);
  });
});

describe('health and drift', () => {
  test.each([
    'gmail/new-compose.html',
    'gmail/reply-inline.html',
    'gmail/reply-collapsed-quote.html',
    'gmail/two-composes.html',
    'gmail/fullscreen.html',
  ])('%s: every required entry resolves by its first layer', (path) => {
    const report = gmail.health(loadFixture(path));
    expect(report).toEqual({ ok: true, missing: [], fallbacks: [], composes: report.composes });
    expect(report.composes).toBeGreaterThan(0);
  });

  test('drift with fallbacks: the compose is still found and read, health names the fallbacks', () => {
    const doc = loadFixture('gmail/drift-fallback.html');
    const compose = only('gmail/drift-fallback.html');
    expect(compose.root.getAttribute('role')).toBe('dialog');
    expect(compose.sendButton?.textContent).toBe('Send');
    const snapshot = compose.read();
    expect(snapshot.text).toBe(
      'Dear Ms. Alvarez,\n\nCould you tell me whether visiting students can rotate in the pain clinic in October?\n\nThank you,\nMaya Okafor',
    );
    expect(snapshot.to).toEqual(['anesthesia.residency@northlake-health.example']);
    expect(snapshot.subject).toBe('Away rotation dates');
    expectRoundTrip(snapshot);
    expect(gmail.health(doc)).toEqual({
      ok: true,
      missing: [],
      fallbacks: ['body', 'root', 'send'],
      composes: 1,
    });
  });

  test('drift beyond the fallbacks: nothing found, nothing thrown, health names what is missing', () => {
    const doc = loadFixture('gmail/drift-unreadable.html');
    expect(() => gmail.findComposes(doc)).not.toThrow();
    expect(gmail.findComposes(doc)).toEqual([]);
    const report = gmail.health(doc);
    expect(report.ok).toBe(false);
    expect(report.composes).toBe(0);
    expect(report.missing.sort()).toEqual(['body', 'composeId', 'root', 'send', 'subject', 'to']);
  });

  test('a compose that lost only its Send button is reported with just that entry', () => {
    const doc = loadFixture('gmail/new-compose.html');
    doc.querySelector('.aoO')?.remove();
    expect(gmail.health(doc)).toEqual({ ok: false, missing: ['send'], fallbacks: [], composes: 1 });
    // The dropdown left beside it must not pass for Send.
    expect(gmail.findComposes(doc)[0]?.sendButton).toBeNull();
  });

  test('a page without any compose is healthy: there is nothing to check', () => {
    document.body.innerHTML = '<div class="nH" role="main"><input name="q" type="text"></div>';
    expect(gmail.findComposes(document)).toEqual([]);
    expect(gmail.health(document)).toEqual({ ok: true, missing: [], fallbacks: [], composes: 0 });
  });

  test('a rich textbox outside any compose window (e.g. chat) is not a compose', () => {
    document.body.innerHTML =
      '<div class="chat"><div role="textbox" aria-multiline="true" contenteditable="true">hi</div></div>';
    expect(gmail.findComposes(document)).toEqual([]);
  });
});
