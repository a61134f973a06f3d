/**
 * Hostile and odd drafts for the hardening properties (issue 7 §1): any UTF-16 (lone surrogates included),
 * no whitespace, emoji and ZWJ sequences, right-to-left text and bidi controls, zero-width characters,
 * HTML-looking text, long `>`-quoted walls, CRLF, realistic email fragments with noise, 100,000-character
 * texts, and Context objects that are well typed but odd (empty strings, impossible dates, junk domains).
 */
import fc from 'fast-check';
import type { Context } from '../../../src/analyzer/types';

export const HUNDRED_K = 100_000;

/** A single UTF-16 unit from either half of a surrogate pair, on its own. */
export const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

export const EMOJI = [
  '😀',
  '🙏',
  '❤️',
  '👍🏽',
  '👩\u200D⚕️',
  '👨\u200D👩\u200D👧\u200D👦',
  '🧑🏿\u200D🔬',
  '🏳️\u200D🌈',
  '🇺🇸',
  '🇳🇬',
  '1️⃣',
  '#️⃣',
  '✌︎',
  '\u200D',
  '\uFE0F',
  '🫶',
];

export const RTL = [
  'مرحبا',
  'برنامج الإقامة',
  'شكرا جزيلا على المقابلة',
  'שלום',
  'תודה רבה על הראיון',
  'תוכנית התמחות',
  '\u202E', // right-to-left override
  '\u202C',
  '\u200F', // right-to-left mark
  '\u200E',
  '\u2067', // right-to-left isolate
  '\u2069',
  '٣٤٥',
];

export const ZERO_WIDTH = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u034F', '\u180E'];

export const HTML_LIKE = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(1)">',
  '<img src=x onerror=alert(document.domain)>',
  '</style><script>window.__mm=1</script>',
  '<a href="javascript:alert(1)">click</a>',
  '<svg onload=alert(1)>',
  '<iframe src="https://example.invalid"></iframe>',
  '<!-- comment -->',
  '<![CDATA[ x ]]>',
  '&lt;b&gt;bold&lt;/b&gt;',
  '&#60;script&#62;',
  '"><script>',
  "'; DROP TABLE drafts; --",
  '{{program.name}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-literal payload, as text, is the point
  '${7*7}',
  '<div contenteditable>x</div>',
  '<matchmail-panel data-mark-count="9"></matchmail-panel>',
];

/** Pieces of the emails applicants write, in our own words, including the ones rules are meant to catch. */
export const SENTENCES = [
  'Dear Dr. Marsh,',
  'Dear Program Director,',
  'Hi there!!',
  'Hey Dr. Lin,',
  'To whom it may concern,',
  'Thank you for the interview on Tuesday.',
  'I enjoyed meeting the residents at Lantern Bay.',
  'I wanted to let you know that I will rank your program first.',
  'Will you rank me to match?',
  'Where am I on your rank list?',
  'I intend to rank you highly.',
  'Please let me know if I am ranked to match.',
  'If you rank me highly, I will rank you first.',
  'I promise to rank you number one.',
  'I have also interviewed at Sorrel Ridge and Redfern.',
  'I am SO excited and honestly desperate to match!!!',
  'I really, really hope you consider me, I would be devastated otherwise.',
  'Sorry for bothering you, sorry again.',
  'I just think maybe I might possibly be a good fit.',
  'My Step 2 CK score is 251 and my AAMC ID is 14285739.',
  'My AAMC ID is [AAMC ID].',
  'I look forward to joining [Program Name] next year.',
  'This is a letter of intent: your program is my first choice.',
  'Since my interview I published a case report in Anesthesia & Analgesia.',
  'The other program I visited was disorganized and rude.',
  'I will be graduating in May 2027 and I am ECFMG certified.',
  'lol that was fun tbh',
  'PLEASE RESPOND ASAP.',
  'ICU, USMLE and AAMC are fine acronyms.',
  'Best regards,',
  'Sincerely,',
  'Maya Okafor',
  '-- ',
  'Sent from my iPhone',
  'On Tue, Nov 12, 2026 at 9:14 AM Program Coordinator <pc@lanternbay.example> wrote:',
  '> Where will you rank us?',
  '> > Thank you for interviewing with us.',
  '-----Original Message-----',
  'From: Evelyn Marsh <emarsh@northlake.example>',
  'Subject: Re: Interview follow-up',
];

const SEPARATORS = [' ', ' ', '  ', '\n', '\n\n', '\r\n', '\r\n\r\n', '\t', '', '\r', '\n\n\n\n', '\u00A0'];

const pick = <T>(list: readonly T[]) => fc.constantFrom(...list);

/** Any code point, plus lone surrogates, CRLF and control characters. */
export const anyUnicode = (maxLength: number) =>
  fc.string({
    unit: fc.oneof(
      { weight: 8, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
      { weight: 1, arbitrary: loneSurrogate },
      {
        weight: 1,
        arbitrary: pick(['\r\n', '\n', '\r', '\t', '\u0000', '\u001b', '\u0085', '\u2028', '\u2029']),
      },
    ),
    maxLength,
  });

/** Grapheme-based unicode (what a person could type), for contrast with raw code points. */
export const graphemes = (maxLength: number) => fc.string({ unit: 'grapheme', maxLength });

/** One run of characters with no whitespace at all (a pasted URL, a base64 blob, a keyboard mash). */
export const noWhitespace = (maxLength: number) =>
  fc
    .string({
      unit: fc.oneof(
        fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }),
        pick(EMOJI),
        pick(ZERO_WIDTH),
        pick(['ا', 'ש', 'é', '中', '!', '.', '?', '>', '<', '[', ']', '{', '}']),
      ),
      maxLength,
    })
    .map((s) => s.replace(/\s/g, ''));

/** Realistic sentences interleaved with emoji, RTL, zero-width, HTML and raw noise. */
export const emailFragments = (maxPieces: number) =>
  fc
    .array(
      fc.tuple(
        fc.oneof(
          { weight: 10, arbitrary: pick(SENTENCES) },
          { weight: 2, arbitrary: pick(EMOJI) },
          { weight: 2, arbitrary: pick(RTL) },
          { weight: 2, arbitrary: pick(ZERO_WIDTH) },
          { weight: 2, arbitrary: pick(HTML_LIKE) },
          { weight: 1, arbitrary: anyUnicode(12) },
          { weight: 1, arbitrary: loneSurrogate },
          // A sentence with a zero-width character or an emoji pushed inside a word.
          {
            weight: 2,
            arbitrary: fc
              .tuple(pick(SENTENCES), fc.nat(), fc.oneof(pick(ZERO_WIDTH), pick(EMOJI), loneSurrogate))
              .map(([s, at, x]) => {
                const i = at % (s.length + 1);
                return s.slice(0, i) + x + s.slice(i);
              }),
          },
        ),
        pick(SEPARATORS),
      ),
      { maxLength: maxPieces },
    )
    .map((parts) => parts.map(([piece, sep]) => piece + sep).join(''));

/** Text in scripts written right to left, with bidi controls and some English mixed in. */
export const rightToLeft = (maxPieces: number) =>
  fc
    .array(fc.oneof({ weight: 4, arbitrary: pick(RTL) }, pick(SENTENCES), pick(SEPARATORS)), {
      maxLength: maxPieces,
    })
    .map((parts) => parts.join(' '));

export const emojiText = (maxPieces: number) =>
  fc
    .array(fc.oneof({ weight: 4, arbitrary: pick(EMOJI) }, pick(SENTENCES), pick(SEPARATORS)), {
      maxLength: maxPieces,
    })
    .map((parts) => parts.join(''));

/** Zero-width characters everywhere, including inside the words rules look for. */
export const zeroWidthText = (maxPieces: number) =>
  fc
    .array(fc.tuple(pick(SENTENCES), fc.array(pick(ZERO_WIDTH), { maxLength: 4 })), { maxLength: maxPieces })
    .map((parts) =>
      parts
        .map(([s, zw]) => {
          let out = s;
          for (const [i, z] of zw.entries()) {
            const at = Math.floor(((i + 1) * out.length) / (zw.length + 1));
            out = out.slice(0, at) + z + out.slice(at);
          }
          return out;
        })
        .join(' '),
    );

export const htmlText = (maxPieces: number) =>
  fc
    .array(fc.oneof({ weight: 3, arbitrary: pick(HTML_LIKE) }, pick(SENTENCES), pick(SEPARATORS)), {
      maxLength: maxPieces,
    })
    .map((parts) => parts.join(''));

/** A reply whose author text is short and whose quoted history is a long wall of `>` lines. */
export const quotedWall = (maxLines: number) =>
  fc
    .tuple(
      emailFragments(6),
      fc.array(
        fc.tuple(fc.integer({ min: 1, max: 6 }), fc.oneof(pick(SENTENCES), anyUnicode(40), pick(HTML_LIKE))),
        { maxLength: maxLines },
      ),
      fc.boolean(),
      fc.constantFrom('\n', '\r\n'),
    )
    .map(([author, quoted, attribution, nl]) => {
      const lines = quoted.map(([depth, s]) => `${'>'.repeat(depth)}${depth % 2 ? ' ' : ''}${s}`);
      const head = attribution ? [`On Tue, Nov 12, 2026, Evelyn Marsh <em@x.example> wrote:`] : [];
      return [author, '', ...head, ...lines].join(nl);
    });

export const crlfText = (maxPieces: number) =>
  emailFragments(maxPieces).map((s) => s.replace(/\r?\n/g, '\r\n'));

/** Every small-to-medium family at once. */
export const anyDraft = fc.oneof(
  anyUnicode(400),
  graphemes(300),
  noWhitespace(600),
  emailFragments(40),
  rightToLeft(40),
  emojiText(60),
  zeroWidthText(20),
  htmlText(30),
  quotedWall(40),
  crlfText(30),
  fc.constantFrom('', ' ', '\n', '\r\n', '>', '> ', '\u200B', '\uD800', '\uDC00', '-- ', '\n\n\n'),
);

/** Repeats a seed (never empty) to exactly `length` UTF-16 units: the cut may split a surrogate pair. */
export function toLength(seed: string, length: number, fallback = 'a'): string {
  const unit = seed.length > 0 ? seed : fallback;
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/**
 * Hostile shapes made by hand, each repeated to 100,000 characters: what a paste can look like at its worst
 * for the text model (one paragraph, one line, thousands of tiny paragraphs or sentences), normalization
 * (zero-width characters, curly apostrophes, contractions) and the rules (a mark on every line).
 */
export const HOSTILE_SEEDS: Record<string, string> = {
  'zero-width every 3 letters': 'abc\u200B',
  'zero-width every letter': 'a\u200B',
  'zero-width in sentences': 'I\u200B will ra\u200Bnk you\u200B first. ',
  'soft hyphens in words': 'resi\u00ADdency pro\u00ADgram ',
  'no spaces, letters': 'abcdefghij',
  'no spaces, words run together': 'Iwillrankyoufirst',
  'one giant paragraph': 'I will rank your program first and I hope to match there. ',
  'one giant sentence': 'rank you first and ',
  'one giant line, no stop': 'word ',
  'giant paragraph, curly apostrophes': 'I’ll rank you first, won’t I? It’s ',
  'contractions wall': "I'll won't can't it's ",
  '> quote wall': '> Where will you rank us?\n',
  '>>>> nested quote wall': '>>>> ',
  'On … wrote: walls': 'On Tue, Dr. X wrote:\n',
  'From: headers': 'From: a@b\nSent: x\nTo: y\nSubject: z\n',
  'From: lines': 'From: x\n',
  'greetings wall': 'Dear Dr. Marsh,\n',
  'closings wall': 'Best regards,\n',
  'short paragraphs': 'Hi.\n\n',
  'one-line paragraphs': 'Thank you\n',
  'blank lines': '\n',
  'soft-wrapped lines': 'this line goes on and on and keeps going without a full stop at\n',
  'signature delimiters': '-- \n',
  'periods and spaces': '. ',
  'Dr. Dr.': 'Dr. ',
  initials: 'J. ',
  numbered: '1. ',
  'all caps': 'PLEASE RANK ME FIRST ',
  exclamations: 'wow!!! ',
  'emoji only': '😀',
  CJK: '我会把你们排在第一位。',
  tabs: '\t',
  'CRLF blank': '\r\n',
  URL: 'https://example.com/a?b=c&d=e#',
  digits: '0123456789',
  quotes: '"“”‘’',
  dashes: '—–-',
  'specialties named': 'my career in internal medicine and your surgery program; ',
};

/** 100,000-character drafts of each family (built by repetition, so generating them stays cheap). */
export const HUGE_FAMILIES: [string, fc.Arbitrary<string>][] = [
  [
    'realistic fragments',
    emailFragments(30).map((s) => toLength(s, HUNDRED_K, 'Dear Dr. Marsh, thank you. ')),
  ],
  ['no whitespace', noWhitespace(200).map((s) => toLength(s, HUNDRED_K))],
  ['any code point', anyUnicode(300).map((s) => toLength(s, HUNDRED_K))],
  ['emoji and ZWJ', emojiText(40).map((s) => toLength(s, HUNDRED_K, '👩\u200D⚕️'))],
  ['right-to-left', rightToLeft(30).map((s) => toLength(s, HUNDRED_K, 'שלום '))],
  ['zero-width', zeroWidthText(10).map((s) => toLength(s, HUNDRED_K, '\u200B'))],
  ['HTML-looking', htmlText(20).map((s) => toLength(`${s}\n`, HUNDRED_K, '<script>alert(1)</script>'))],
  ['>-quoted wall', quotedWall(30).map((s) => toLength(`${s}\n`, HUNDRED_K, '> quoted\n'))],
  ['CRLF', crlfText(30).map((s) => toLength(s, HUNDRED_K, 'line\r\n'))],
];

// ---- Context -------------------------------------------------------------------------------------------

const oddText = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\u200B',
    'Lantern Bay',
    'lantern bay',
    '(.*)+$',
    '[Program Name]',
    '<script>x</script>',
  ),
  anyUnicode(20),
);
const oddDate = fc.oneof(
  fc.constantFrom(
    '',
    '2026-11-14',
    '2027-03-19',
    '2027-02-28',
    '2027-03-20',
    '2026-02-30',
    '2026-13-01',
    '0000-01-01',
    '9999-12-31',
    '1970-01-01',
    '2026-1-5',
    'not a date',
    '2026-11-14T10:00:00Z',
    '20261114',
  ),
  fc
    .date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2200-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10)),
);
const oddAddress = fc.oneof(
  fc.constantFrom(
    '',
    '@',
    'x@',
    '@lanternbay.example',
    'residency@lanternbay.example',
    'Evelyn Marsh <emarsh@northlake.example>',
    'pc@sub.lanternbay.example.',
    '<>',
    'a@b@c',
  ),
  fc.emailAddress(),
  anyUnicode(20),
);
const oddPerson = fc.oneof(oddText, fc.record({ name: oddText, title: oddText }, { requiredKeys: ['name'] }));

const program = fc.record(
  {
    name: fc.oneof(oddText, fc.constantFrom('Lantern Bay University', 'Northlake Health', 'Sorrel Ridge')),
    aliases: fc.array(oddText, { maxLength: 3 }),
    domains: fc.array(
      fc.oneof(fc.constantFrom('', '.', '@lanternbay.example', 'lanternbay.example', 'example'), oddText),
      { maxLength: 3 },
    ),
    programDirector: oddPerson,
    coordinator: oddPerson,
    specialty: oddText,
    city: oddText,
    affiliates: fc.array(oddText, { maxLength: 2 }),
    interviewDate: oddDate,
    policy: fc.record({ noPostInterviewCommunication: fc.boolean(), source: oddText }, { requiredKeys: [] }),
  },
  { requiredKeys: ['name'] },
);

const KINDS = [
  'pre-interview-interest',
  'thank-you',
  'update',
  'letter-of-interest',
  'letter-of-intent',
  'reply-to-program',
  'other',
  '',
  'LETTER-OF-INTENT',
];

/** A typed Context whose values are odd: empty, impossible, mismatched, or arbitrary unicode. */
export const oddContext: fc.Arbitrary<Context> = fc.record(
  {
    today: oddDate,
    recipientProgram: oddText,
    subject: fc.oneof(oddText, pick(SENTENCES), fc.constant('Re: Re: Fwd: Letter of intent')),
    to: fc.array(oddAddress, { maxLength: 4 }),
    cc: fc.array(oddAddress, { maxLength: 30 }),
    profile: fc.record(
      {
        name: oddText,
        aamcId: fc.oneof(oddText, fc.stringMatching(/^\d{8}$/)),
        school: oddText,
        specialty: oddText,
      },
      { requiredKeys: [] },
    ),
    programs: fc.array(program, { maxLength: 4 }),
    ledger: fc.array(
      fc.record(
        { program: oddText, kind: pick(KINDS), date: oddDate, subject: oddText },
        { requiredKeys: ['program', 'kind'] },
      ),
      { maxLength: 4 },
    ),
    thread: fc.oneof(emailFragments(10), quotedWall(10), anyUnicode(200), fc.constant('')),
    isReply: fc.boolean(),
    disabledRules: fc.array(fc.constantFrom('hedging', 'all-caps', 'too-long', '', 'no-such-rule'), {
      maxLength: 2,
    }),
  },
  { requiredKeys: [] },
);
