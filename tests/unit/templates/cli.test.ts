import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/analyzer';
import { templatesCommand } from '../../../src/cli/templates';
import { TEMPLATES } from '../../../src/templates';

const dir = mkdtempSync(join(tmpdir(), 'matchmail-templates-'));

function file(name: string, content: unknown): string {
  const p = join(dir, name);
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
}

async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await templatesCommand(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const CONTEXT = {
  today: '2026-11-14',
  profile: {
    name: 'Maya Ortiz',
    aamcId: '14285739',
    school: 'St. Brigid School of Medicine',
    specialty: 'anesthesiology',
  },
  programs: [
    {
      name: 'Lantern Bay University Medical Center',
      aliases: ['Lantern Bay'],
      domains: ['lanternbay-med.example.org'],
      programDirector: 'Marguerite Okafor',
      specialty: 'anesthesiology',
      interviewDate: '2026-11-12',
      liked: 'the resident-run acute pain service',
    },
    {
      name: 'Thistlewood Medical Center',
      programDirector: { name: 'Rafael Quintero', title: 'Program Director' },
    },
  ],
  fields: {
    'interviewer.lastName': 'Castellanos',
    'interviewer.topic': 'opioid-sparing pathways after spine surgery',
  },
};
const contextPath = file('context.json', CONTEXT);

describe('templates list', () => {
  test('--format json lists every template with id, title, kind and fields', async () => {
    const { code, out } = await run('list', '--format', 'json');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.templates).toHaveLength(TEMPLATES.length);
    const pd = json.templates.find((t: { id: string }) => t.id === 'thank-you-program-director');
    expect(pd).toEqual({
      id: 'thank-you-program-director',
      title: 'Thank-you to the program director',
      kind: 'thank-you',
      fields: [
        'program.name',
        'profile.name',
        'profile.aamcId',
        'program.director.lastName',
        'program.liked',
        'program.interviewDate',
        'profile.school',
      ],
      required: [
        'program.name',
        'profile.name',
        'profile.aamcId',
        'program.director.lastName',
        'program.liked',
      ],
    });
  });

  test('text lists one template a line', async () => {
    const { code, out } = await run('list');
    expect(code).toBe(0);
    expect(out.trim().split('\n')).toHaveLength(TEMPLATES.length);
    expect(out).toMatch(/^letter-of-intent\s+letter-of-intent\s+Letter of intent \(one program only\)$/m);
  });
});

describe('templates render', () => {
  test('prints Subject:, a blank line, then the body, filled from --context and --program (an alias)', async () => {
    const { code, out, err } = await run(
      'render',
      'thank-you-program-director',
      '--context',
      contextPath,
      '--program',
      'lantern bay',
    );
    expect(err).toBe('');
    expect(code).toBe(0);
    const [subjectLine, blank, ...body] = out.split('\n');
    expect(subjectLine).toBe(
      'Subject: Thank you – Lantern Bay University Medical Center interview – Maya Ortiz (AAMC ID 14285739)',
    );
    expect(blank).toBe('');
    expect(body.join('\n')).toMatch(
      /^Dear Dr\. Okafor,\n\nThank you for welcoming me to Lantern Bay University Medical Center on November 12\./,
    );
    expect(out).toContain('What stayed with me most was the resident-run acute pain service.');
    expect(out.endsWith('AAMC ID 14285739\n')).toBe(true);
  });

  test('the output is ready for check: no error-level finding', async () => {
    const { out } = await run(
      'render',
      'thank-you-faculty-interviewer',
      '--context',
      contextPath,
      '--program',
      'Lantern Bay',
    );
    const [subject, , ...body] = out.split('\n');
    const report = analyze(body.join('\n'), {
      ...CONTEXT,
      subject: subject!.replace(/^Subject: /, ''),
      recipientProgram: 'Lantern Bay',
    });
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('--format json gives {id, subject, body}', async () => {
    const { code, out } = await run(
      'render',
      'letter-of-intent',
      '--context',
      contextPath,
      '--program',
      'Lantern Bay',
      '--format',
      'json',
    );
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(['id', 'subject', 'body']);
    expect(json.id).toBe('letter-of-intent');
    expect(json.subject).toBe('Letter of intent – Maya Ortiz (AAMC ID 14285739)');
    expect(json.body).toContain('I intend to rank Lantern Bay University Medical Center first');
  });

  test('recipientProgram picks the program when --program is absent; a {name,title} director works', async () => {
    const ctx = file('recipient.json', { ...CONTEXT, recipientProgram: 'Thistlewood Medical Center' });
    const { code, out } = await run('render', 'withdraw-application', '--context', ctx);
    expect(code).toBe(0);
    expect(out).toContain('Dear Dr. Quintero,');
    // Thistlewood lists no specialty: the applicant's own fills in.
    expect(out).toContain(
      'withdraw my application to the anesthesiology residency at Thistlewood Medical Center.',
    );
  });

  test('the only program is used when there is one', async () => {
    const ctx = file('one.json', { ...CONTEXT, programs: [CONTEXT.programs[0]] });
    const { code } = await run('render', 'letter-of-interest', '--context', ctx);
    expect(code).toBe(0);
  });

  test('--set fills and overrides fields', async () => {
    const { code, out } = await run(
      'render',
      'logistics-question',
      '--context',
      contextPath,
      '--program',
      'Lantern Bay',
      '--set',
      'program.coordinator.name=Dana Whitfield',
      '--set',
      'logistics.question=Is there parking near the main entrance?',
    );
    expect(code).toBe(0);
    expect(out).toContain('Dear Dana Whitfield,');
    expect(out).toContain('\n\nIs there parking near the main entrance?\n\n');
  });

  test('missing required fields: exit 2 naming them', async () => {
    const { code, out, err } = await run(
      'render',
      'post-interview-update',
      '--context',
      contextPath,
      '--program',
      'Lantern Bay',
    );
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/template "post-interview-update" needs values for: update\.detail/);
  });

  test('with several programs and none chosen, the message says how to choose', async () => {
    const { code, err } = await run('render', 'letter-of-interest', '--context', contextPath);
    expect(code).toBe(2);
    expect(err).toContain('program.name');
    expect(err).toContain('lists 2 programs: choose one with --program NAME');
  });

  test('without any context, every required field is named', async () => {
    const { code, err } = await run('render', 'reply-warm-message');
    expect(code).toBe(2);
    expect(err).toContain(
      'needs values for: sender.greeting, program.name, program.liked, profile.name, profile.aamcId',
    );
  });

  test('unknown template id: exit 2 naming it and listing the ids', async () => {
    const { code, err } = await run('render', 'love-letter');
    expect(code).toBe(2);
    expect(err).toContain('unknown template "love-letter"');
    expect(err).toContain('letter-of-intent');
    expect(err).toContain('logistics-question');
  });

  test('unknown program: exit 2 naming it and the programs', async () => {
    const { code, err } = await run(
      'render',
      'letter-of-intent',
      '--context',
      contextPath,
      '--program',
      'Quarry Hill',
    );
    expect(code).toBe(2);
    expect(err).toContain('no program named "Quarry Hill"');
    expect(err).toContain('Lantern Bay University Medical Center, Thistlewood Medical Center');
  });

  test.each([
    ['not json', /not valid JSON/],
    [{ programs: [{ name: 'A', interviewDate: 'soon' }] }, /field "programs\[0\]\.interviewDate"/],
    [{ fields: ['x'] }, /field "fields" must be an object/],
    [{ fields: { 'update.detail': 3 } }, /field "fields\.update\.detail" must be text/],
  ])('a bad context file (%j): exit 2 naming the file', async (content, message) => {
    const p = file('bad.json', content);
    const { code, err } = await run('render', 'letter-of-intent', '--context', p);
    expect(code).toBe(2);
    expect(err).toContain(p);
    expect(err).toMatch(message);
  });

  test('a missing context file: exit 2', async () => {
    const { code, err } = await run('render', 'letter-of-intent', '--context', join(dir, 'nope.json'));
    expect(code).toBe(2);
    expect(err).toContain('no such file');
  });
});

describe('usage', () => {
  test.each([
    [[]],
    [['frobnicate']],
    [['render']],
    [['render', 'a', 'b']],
    [['list', '--format', 'yaml']],
    [['render', 'letter-of-intent', '--set', 'novalue']],
    [['list', '--bogus']],
  ])('%j: exit 2 with usage', async (args) => {
    const { code, err } = await run(...args);
    expect(code).toBe(2);
    expect(err).toContain('usage:');
  });

  test('help prints usage and exits 0', async () => {
    const { code, out } = await run('--help');
    expect(code).toBe(0);
    expect(out).toContain('matchmail templates render ID');
  });
});
