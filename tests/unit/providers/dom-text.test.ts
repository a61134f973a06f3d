// @vitest-environment happy-dom
import fc from 'fast-check';
import { beforeEach, describe, expect, test } from 'vitest';
import { buildTextModel, comparableText } from '../../../src/providers/dom-text';

let root: HTMLElement;

function editable(html: string): HTMLElement {
  document.body.innerHTML = `<div contenteditable="true" id="ed">${html}</div>`;
  root = document.getElementById('ed') as HTMLElement;
  return root;
}

function textOf(html: string, exclude?: (node: Node) => boolean): string {
  return buildTextModel(editable(html), { exclude }).text;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('lines follow what the browser renders', () => {
  test.each([
    ['<div>a</div><div>b</div>', 'a\nb'],
    ['<div>a</div><div><br></div><div>b</div>', 'a\n\nb'],
    ['<div>a<br></div><div>b</div>', 'a\nb'],
    ['<div>a<br><br></div><div>b</div>', 'a\n\nb'],
    ['a<br>b', 'a\nb'],
    ['a<br><div>b</div>', 'a\nb'],
    ['<div><div>a</div></div><div>b</div>', 'a\nb'],
    ['<p>a</p><p>b</p>', 'a\n\nb'],
    ['<p class="MsoNormal">a</p><p class="MsoNormal">b</p>', 'a\nb'],
    ['<ul><li>one</li><li>two</li></ul><div>end</div>', 'one\ntwo\nend'],
    ['<table><tr><td>a</td><td>b</td></tr></table>', 'a\nb'],
    ['<div><br></div><div><br></div><div>a</div><div><br></div>', 'a'],
    ['<div>Dear <b>Dr.</b> <i>Lin</i>,</div>', 'Dear Dr. Lin,'],
    ['<div>a</div><hr><div>b</div>', 'a\nb'],
  ])('%s', (html, expected) => {
    expect(textOf(html)).toBe(expected);
  });
});

describe('characters', () => {
  test('collapsible whitespace collapses like rendering; source indentation disappears', () => {
    expect(textOf('\n  <div>\n    Dear   Dr.\n    Lin  </div>\n  <div>  next</div>\n')).toBe(
      'Dear Dr. Lin\nnext',
    );
  });

  test('NBSP is a kept space (Gmail types "a&nbsp; b" for two spaces)', () => {
    expect(textOf('a&nbsp; b')).toBe('a  b');
  });

  test('zero-width spaces, BOMs and soft hyphens are dropped, offsets map around them', () => {
    const model = buildTextModel(editable('ab\u200Bcd\uFEFFe\u00ADf'));
    expect(model.text).toBe('abcdef');
    const range = model.map.rangeFor(1, 4);
    expect(range?.toString()).toBe('b\u200Bcd');
    expect(comparableText(range?.toString() ?? '')).toBe('bcd');
  });

  test('ZWJ stays: it is part of emoji and some scripts', () => {
    expect(textOf('👩\u200D⚕️')).toBe('👩\u200D⚕️');
  });

  test('<pre> and inline white-space:pre keep spaces and newlines', () => {
    expect(textOf('<pre>a  b\n c</pre>')).toBe('a  b\n c');
    expect(textOf('<div style="white-space: pre-wrap">x   y</div>')).toBe('x   y');
  });

  test('not rendered: script, style, hidden, display:none, form controls, foreign extension nodes', () => {
    const html =
      '<div>a<script>var x = 1;</script><style>.q{}</style><span hidden>h</span><span style="display: none">n</span>' +
      '<input value="v"><grammarly-extension>g</grammarly-extension><matchmail-panel>m</matchmail-panel>b</div>';
    expect(textOf(html)).toBe('ab');
  });
});

describe('exclusions', () => {
  const isQuote = (node: Node) => node.nodeType === 1 && (node as Element).classList.contains('q');

  test('an excluded block leaves nothing but still separates the lines around it', () => {
    expect(textOf('<div>a</div><div class="q">quoted</div><div>b</div>', isQuote)).toBe('a\nb');
    expect(textOf('a<div class="q">quoted</div>b', isQuote)).toBe('a\nb');
  });

  test('an excluded inline leaves nothing and joins its neighbours', () => {
    expect(textOf('a<span class="q">x</span>b', isQuote)).toBe('ab');
  });

  test('points inside excluded or hidden parts, or outside the root, have no offset', () => {
    const model = buildTextModel(editable('<div>a</div><div class="q">quoted</div><span hidden>h</span>'), {
      exclude: isQuote,
    });
    const quoted = root.querySelector('.q')?.firstChild as Text;
    expect(model.map.offsetOf(quoted, 2)).toBeNull();
    expect(model.map.offsetOf(root.querySelector('[hidden]')?.firstChild as Text, 0)).toBeNull();
    expect(model.map.offsetOf(document.body, 0)).toBeNull();
  });
});

describe('the map', () => {
  test('element points map to the nearest text offset', () => {
    const model = buildTextModel(editable('<div>ab</div><div>cd</div>'));
    expect(model.text).toBe('ab\ncd');
    const [first, second] = Array.from(root.children);
    expect(model.map.offsetOf(root, 0)).toBe(0);
    expect(model.map.offsetOf(first as Element, 1)).toBe(2);
    expect(model.map.offsetOf(root, 1)).toBe(3);
    expect(model.map.offsetOf(second as Element, 0)).toBe(3);
    expect(model.map.offsetOf(root, 2)).toBe(5);
  });

  test('a caret inside collapsed whitespace maps to the next character', () => {
    const model = buildTextModel(editable('a   b'));
    expect(model.text).toBe('a b');
    expect(model.map.offsetOf(root.firstChild as Text, 3)).toBe(2);
  });

  test('a caret on an empty line maps to that line', () => {
    const model = buildTextModel(editable('<div>a</div><div><br></div><div><br></div><div>b</div>'));
    expect(model.text).toBe('a\n\n\nb');
    expect(model.map.offsetOf(root.children[1] as Element, 0)).toBe(2);
    expect(model.map.offsetOf(root.children[2] as Element, 0)).toBe(3);
  });

  test('rangeFor refuses bad offsets and maps the empty text to the root', () => {
    const model = buildTextModel(editable('ab'));
    expect(model.map.rangeFor(-1, 1)).toBeNull();
    expect(model.map.rangeFor(2, 1)).toBeNull();
    expect(model.map.rangeFor(0, 3)).toBeNull();
    expect(model.map.rangeFor(0.5, 1)).toBeNull();
    const empty = buildTextModel(editable('<div><br></div>'));
    const range = empty.map.rangeFor(0, 0);
    expect(range?.startContainer).toBe(root);
    expect(range?.collapsed).toBe(true);
  });

  test('after the DOM changed under the snapshot, rangeFor returns null instead of a wrong range', () => {
    const model = buildTextModel(editable('<div>first</div><div>second</div>'));
    root.lastChild?.remove();
    expect(model.map.rangeFor(6, 9)).toBeNull();
    expect(model.map.rangeFor(0, 5)?.toString()).toBe('first');
  });

  test('building the model and ranges never changes the DOM', () => {
    const html = '<div>Dear&nbsp;Dr. <b>Lin</b>,</div><div><br></div><div>x\u200By</div>';
    editable(html);
    const before = root.innerHTML;
    const model = buildTextModel(root);
    for (let s = 0; s <= model.text.length; s++) model.map.rangeFor(s, model.text.length);
    expect(root.innerHTML).toBe(before);
  });
});

// Random bodies built from the pieces Gmail and Outlook produce; the text model must round-trip on all of them.
const word = fc.constantFrom(
  'Dear',
  'Dr.',
  'Lin',
  'rank',
  'ERAS',
  'CA-1',
  'é',
  '👩\u200D⚕️',
  'x\u200By',
  'a\u00A0b',
);
const space = fc.constantFrom(' ', '  ', '\n  ', '\u00A0', '');
const inline: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.tuple(word, space).map(([w, s]) => w + s),
    fc.constant('<br>'),
    tie('node').map((inner) => `<b>${inner}</b>`),
    tie('node').map((inner) => `<span style="color: red">${inner}</span>`),
    fc.array(tie('node'), { maxLength: 3 }).map((parts) => `<div>${parts.join('')}</div>`),
    fc.array(tie('node'), { maxLength: 3 }).map((parts) => `<p>${parts.join('')}</p>`),
    fc.constant('<div><br></div>'),
  ),
})).node;
const body = fc.array(inline, { maxLength: 8 }).map((parts) => parts.join(''));

describe('property: offsets and ranges round-trip on generated bodies', () => {
  test('in-line ranges read back the slice, carets map back to their offset, no character is lost', () => {
    fc.assert(
      fc.property(body, (html) => {
        const { text, map } = buildTextModel(editable(html));
        expect(text).not.toMatch(/^\n|\n$|[\u200B\u00A0]/);
        const visible = (root.textContent ?? '').replace(/[\s\u00A0\u200B]/g, '');
        expect(text.replace(/\s/g, '')).toBe(visible);
        for (let s = 0; s <= text.length; s++) {
          const insideBreak = text[s - 1] === '\n' && text[s] === '\n';
          const caret = map.rangeFor(s, s);
          if (!insideBreak) expect(map.offsetOf(caret!.startContainer, caret!.startOffset)).toBe(s);
          for (let e = s + 1; e <= text.length && text[e - 1] !== '\n'; e++) {
            const range = map.rangeFor(s, e);
            expect(comparableText(range!.toString())).toBe(text.slice(s, e));
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
