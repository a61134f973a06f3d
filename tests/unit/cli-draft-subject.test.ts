/**
 * Where a CLI draft's subject comes from: a .txt whose first line is `Subject: …` has that subject (the line is
 * not part of the draft, and findings still point at the right place), and an .eml without a Subject header
 * has an empty subject, so the empty-subject check can speak.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { readDraft } from '../../src/cli/read-input';

const dir = mkdtempSync(join(tmpdir(), 'matchmail-subject-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

interface JsonFinding {
  ruleId: string;
  line: number;
  column: number;
  start: number;
  end: number;
  excerpt: string;
}

async function findings(path: string): Promise<JsonFinding[]> {
  const { out } = await cli('check', '--format', 'json', path);
  return JSON.parse(out).files[0].findings as JsonFinding[];
}

const BODY = [
  'Dear Dr. Hart,',
  '',
  'Thank you for the interview on Tuesday. I enjoyed meeting the residents at [Program Name].',
  '',
  'Best regards,',
  'Jordan Rivera',
].join('\n');

describe('a .txt draft whose first line is "Subject: …"', () => {
  it('is read as having that subject, and the line is not part of the draft', async () => {
    const d = await readDraft(file('subject.txt', `Subject: Thank you for the interview\n\n${BODY}\n`));
    expect(d.headers.subject).toBe('Thank you for the interview');
    expect(d.body.startsWith('Dear Dr. Hart,')).toBe(true);
    expect(d.body).not.toContain('Subject:');
  });

  it('does not report an empty subject, and reports the placeholder at its line in the file', async () => {
    const path = file('subject-lines.txt', `Subject: Thank you for the interview\n\n${BODY}\n`);
    const got = await findings(path);
    expect(got.map((f) => f.ruleId)).not.toContain('missing-subject');
    const placeholder = got.find((f) => f.ruleId === 'unfilled-placeholder');
    expect(placeholder?.excerpt).toBe('[Program Name]');
    // start/end are offsets into the draft body (the text after the Subject line)…
    const { body } = await readDraft(path);
    expect(body.slice(placeholder!.start, placeholder!.end)).toBe('[Program Name]');
    // …and line:column name the place in the file an editor opens: line 5 (Subject, blank, greeting, blank).
    expect(placeholder?.line).toBe(5);
    const { out } = await cli('check', path);
    expect(out).toContain(`${path}:5:${placeholder!.column} error unfilled-placeholder`);
  });

  it('with nothing after "Subject:" has an empty subject, which the check reports', async () => {
    const got = await findings(file('empty-subject.txt', `Subject:\r\n\r\n${BODY}`));
    expect(got.map((f) => f.ruleId)).toContain('missing-subject');
  });

  it('is not confused with a draft that only mentions a subject later', async () => {
    const d = await readDraft(file('no-subject.txt', `${BODY}\nSubject: see above`));
    expect(d.headers.subject).toBeUndefined();
    expect(d.body.startsWith('Dear Dr. Hart,')).toBe(true);
    expect((await findings(d.path)).map((f) => f.ruleId)).not.toContain('missing-subject');
  });

  it('with a Subject line and no draft text is refused, naming the file', async () => {
    const path = file('only-subject.txt', 'Subject: Thank you\n\n');
    const { code, err } = await cli('check', path);
    expect(code).toBe(2);
    expect(err).toContain(`${path}: has a Subject: line but no draft text after it`);
  });

  it('reads what `templates render` prints with its subject', async () => {
    const rendered = await cli(
      'templates',
      'render',
      'thank-you-program-director',
      '--set',
      'program.name=Fairview Lakes',
      '--set',
      'program.director.lastName=Hart',
      '--set',
      'program.liked=the regional anesthesia service',
      '--set',
      'profile.name=Jordan Rivera',
      '--set',
      'profile.aamcId=12345678',
    );
    if (rendered.code !== 0) return expect.fail(`templates render failed: ${rendered.err}`);
    expect(rendered.out.startsWith('Subject: ')).toBe(true);
    const d = await readDraft(file('rendered.txt', rendered.out));
    expect(d.headers.subject?.length).toBeGreaterThan(0);
    expect(d.body).not.toMatch(/^Subject:/m);
  });
});

describe('an .eml draft', () => {
  const eml = (headers: string) =>
    `${headers}From: Jordan Rivera <jordan@example.com>\r\nTo: nhart@fairviewlakes.example.org\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${BODY.replace(' at [Program Name]', '').replace(/\n/g, '\r\n')}\r\n`;

  it('without a Subject header has an empty subject, so the empty-subject check fires', async () => {
    const path = file('no-subject.eml', eml(''));
    expect((await readDraft(path)).headers.subject).toBe('');
    expect((await findings(path)).map((f) => f.ruleId)).toContain('missing-subject');
  });

  it('with a Subject header keeps it', async () => {
    const path = file('subject.eml', eml('Subject: Thank you for the January 12 interview\r\n'));
    expect((await readDraft(path)).headers.subject).toBe('Thank you for the January 12 interview');
    expect((await findings(path)).map((f) => f.ruleId)).not.toContain('missing-subject');
  });
});
