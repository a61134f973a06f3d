/**
 * Issue 7 §3, CLI output: draft text, program names, profile fields and file names carrying terminal
 * escapes or markup are printed only as text. Text output holds no control character but the newline
 * (an ESC would recolour the terminal, retitle the window or clear the screen); JSON output parses and
 * carries the payload back as data, escaped.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { main } from '../../../src/cli/main';
import { MARKUP, PAYLOADS, showControls, TERMINAL, TERMINAL_CONTROL } from './payloads';

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const C0_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f]/;
const dir = mkdtempSync(join(tmpdir(), 'matchmail-hardening-cli-'));
let payloadsTried = 0;

function file(name: string, content: string | object): string {
  const p = join(dir, name);
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
}

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

function expectNoControls(stream: string, what: string, control: RegExp = TERMINAL_CONTROL) {
  const m = control.exec(stream);
  expect(
    m,
    `${what} holds U+${m?.[0].charCodeAt(0).toString(16).padStart(4, '0')}: ${showControls(stream.slice(Math.max(0, (m?.index ?? 0) - 60), (m?.index ?? 0) + 40))}`,
  ).toBeNull();
}

// Files may not hold NUL (the CLI rejects them as binary, exit 2): every other payload goes in.
const inFile = (p: string) => p.replaceAll('\x00', '');
const evil = (i: number) => inFile(PAYLOADS[i % PAYLOADS.length]!);

/** A thank-you whose greeting, body and sign-off carry payloads, written so rules quote them back. */
function hostileDraft(payload: string): string {
  return [
    `Dear Dr. ${payload}Mallory,`,
    '',
    `Thank you for the interview yesterday ${payload}. I will rank you first, and I hope you will rank me to match ${payload}!!!`,
    `Unlike Harbor City ${payload}, which was completely disorganized, your program felt like home.`,
    `My AAMC ID is [AAMC ID] ${payload}.`,
    '',
    'Best regards,',
    `Maya ${payload}`,
  ].join('\n');
}

/** A context whose program name, director and policy source are payloads, so messages repeat them. */
function hostileContext(i: number) {
  const name = `${evil(i)} Fairview Lakes ${evil(i + 1)}`;
  return {
    today: '2027-01-15',
    recipientProgram: name,
    subject: `Thank you ${evil(i + 2)}`,
    to: [`${evil(i + 3)}@x.example`],
    profile: { name: `Maya ${evil(i + 4)}`, aamcId: `1428${evil(i + 5)}` },
    programs: [
      {
        name,
        aliases: ['Fairview Lakes'],
        programDirector: `Naomi ${evil(i + 6)} Hart`,
        specialty: 'anesthesiology',
        interviewDate: '2027-01-14',
        policy: { noPostInterviewCommunication: true, source: `the FAQ ${evil(i + 7)}` },
      },
      { name: `Harbor City ${evil(i + 8)}`, aliases: ['Harbor City'] },
    ],
    ledger: [{ program: `Cedar ${evil(i + 9)}`, kind: 'letter-of-intent', date: '2027-01-02' }],
  };
}

describe('matchmail check', () => {
  test.each(PAYLOADS.map((p, i) => [showControls(p), i] as const))(
    'text output of a draft and context carrying %s holds no control character but \\n',
    async (_shown, i) => {
      payloadsTried++;
      const draft = file(`draft-${i}.txt`, hostileDraft(inFile(PAYLOADS[i]!)));
      const context = file(`context-${i}.json`, hostileContext(i));
      const text = await cli('check', '--format', 'text', '--context', context, draft);
      expect(text.code, text.err).toBe(1); // error-level findings (rank promise), and nothing else
      expect(text.out.split('\n').filter(Boolean).length).toBeGreaterThan(3);
      expectNoControls(text.out, 'stdout');
      expectNoControls(text.err, 'stderr');

      const json = await cli('check', '--format', 'json', '--context', context, draft);
      // JSON.stringify escapes C0 controls (\u001b); DEL and C1 are valid JSON text and stay as they are.
      expectNoControls(json.out, 'JSON stdout', C0_BUT_NEWLINE);
      const parsed = JSON.parse(json.out) as {
        files: { findings: { message: string; excerpt: string; start: number; end: number }[] }[];
      };
      const body = hostileDraft(inFile(PAYLOADS[i]!));
      for (const f of parsed.files[0]!.findings)
        expect(f.excerpt).toBe(body.slice(f.start, f.end).slice(0, 200));
    },
  );

  test('the payloads really reach the messages (so the test above exercises escaping, not absence)', async () => {
    const i = PAYLOADS.indexOf('\x1b[31mRED\x1b[0m');
    const draft = file('reach.txt', hostileDraft(PAYLOADS[i]!));
    const context = file('reach.json', hostileContext(i));
    const json = JSON.parse((await cli('check', '--format', 'json', '--context', context, draft)).out);
    const messages: string[] = json.files[0].findings.map((f: { message: string }) => f.message);
    expect(messages.some((m) => m.includes('\x1b'))).toBe(true);
  });

  test('a .eml whose headers carry payloads', async () => {
    for (const p of TERMINAL.map(inFile)) {
      payloadsTried++;
      const eml = [
        `From: Maya <maya@x.example>`,
        `To: "${p}" <pd@fairview.example>`,
        `Subject: Thank you ${p}`,
        'Date: Fri, 15 Jan 2027 10:00:00 -0500',
        'Content-Type: text/plain; charset=utf-8',
        '',
        hostileDraft(p),
      ].join('\r\n');
      const { out, err } = await cli('check', '--format', 'text', file('headers.eml', eml));
      expectNoControls(out, 'stdout');
      expectNoControls(err, 'stderr');
    }
  });

  test('a file name carrying terminal escapes is printed as text in findings', async () => {
    payloadsTried++;
    const name = file('evil-\x1b]0;owned\x07-\x1b[2J.txt', hostileDraft('x'));
    const { out, err } = await cli('check', '--format', 'text', name);
    expect(out.length).toBeGreaterThan(0);
    expectNoControls(out, 'stdout');
    expectNoControls(err, 'stderr');
  });

  test('a file name carrying terminal escapes is printed as text in the error for an unreadable file', async () => {
    payloadsTried++;
    const missing = await cli('check', join(dir, 'missing-\x1b[31m.txt'));
    expect(missing.code).toBe(2);
    expectNoControls(missing.err, 'stderr');
  });
});

describe('matchmail tone', () => {
  test('text output of a hostile draft holds no control character but \\n', async () => {
    for (const [i, p] of PAYLOADS.entries()) {
      payloadsTried++;
      const { out, err } = await cli('tone', file(`tone-${i}.txt`, hostileDraft(inFile(p))));
      expectNoControls(out, 'stdout');
      expectNoControls(err, 'stderr');
    }
  });
});

describe('matchmail templates render', () => {
  const program = '<script>alert(1)</script>\x1b[2J';
  const context = () =>
    file('template-context.json', {
      profile: { name: `Maya ${program}`, aamcId: '14285739\x1b]0;t\x07' },
      programs: [
        {
          name: program,
          programDirector: `Dr. Evelyn \x1b[31mMarsh`,
          liked: `the ${MARKUP[1]} rotation\x07`,
          specialty: 'anesthesiology',
        },
      ],
    });

  test('a program named <script>alert(1)</script>\\x1b[2J: text output holds no ESC or other control', async () => {
    payloadsTried++;
    const { code, out, err } = await cli('templates', 'render', 'letter-of-interest', '--context', context());
    expect(code, err).toBe(0);
    expect(out).toContain('<script>alert(1)</script>'); // plain text: shown as written, not dropped
    expectNoControls(out, 'stdout');
    expectNoControls(err, 'stderr');
  });

  test('--set values with escapes: text output holds no control character', async () => {
    payloadsTried++;
    const { out, err } = await cli(
      'templates',
      'render',
      'letter-of-interest',
      '--context',
      context(),
      '--set',
      'program.liked=\x1b]8;;https://evil.example\x1b\\the pain service\x1b]8;;\x1b\\',
    );
    expectNoControls(out, 'stdout');
    expectNoControls(err, 'stderr');
  });

  test('an unknown --program name with escapes: the error holds no control character', async () => {
    payloadsTried++;
    const unknown = await cli(
      'templates',
      'render',
      'letter-of-interest',
      '--context',
      context(),
      '--program',
      '\x1b[2Jnope',
    );
    expect(unknown.code).toBe(2);
    expectNoControls(unknown.err, 'stderr');
  });

  test('JSON output parses and carries the payload back as data', async () => {
    const { out } = await cli(
      'templates',
      'render',
      'letter-of-interest',
      '--context',
      context(),
      '--format',
      'json',
    );
    expectNoControls(out, 'JSON stdout', C0_BUT_NEWLINE);
    const json = JSON.parse(out) as { body: string; subject: string };
    expect(`${json.subject}\n${json.body}`).toContain('<script>alert(1)</script>\x1b[2J');
  });
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  console.log(`CLI injection: ${payloadsTried} payload runs (${PAYLOADS.length} distinct payloads)`);
});
