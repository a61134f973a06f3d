/** `matchmail tone` (DESIGN §4.1): JSON shape, the human table, and bad input as InputError (exit 2 in main). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/cli/read-input';
import { toneCommand } from '../../../src/cli/tone';
import { TONE_LABELS } from '../../../src/tone';

const dir = mkdtempSync(join(tmpdir(), 'matchmail-tone-'));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await toneCommand(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const THANKS =
  'Dear Dr. Ames,\n\nThank you for the interview on Tuesday. I enjoyed meeting the residents.\n\nBest regards,\nLi';

describe('matchmail tone', () => {
  it('prints the JSON contract', async () => {
    const p = file('thanks.txt', THANKS);
    const { code, out } = await run(['--format', 'json', p]);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(['files']);
    const [f] = json.files;
    expect(f.path).toBe(p);
    expect(f.tone.labels.map((l: { label: string }) => l.label)).toEqual(TONE_LABELS);
    for (const l of f.tone.labels) {
      expect(Object.keys(l)).toEqual(['label', 'score', 'sentences']);
      for (const s of l.sentences) expect(Object.keys(s)).toEqual(['start', 'end']);
    }
    expect(Object.keys(f.tone.readability).sort()).toEqual([
      'averageSentenceWords',
      'gradeLevel',
      'sentences',
      'words',
    ]);
    expect(f.tone.suggestions.length).toBeGreaterThan(0);
    expect(f.tone.dominant).toContain('professional');
  });

  it('reads an .eml body and uses its subject for the length budget', async () => {
    const eml = [
      'From: Li <li@example.org>',
      'To: Dr. Ames <ames@example.edu>',
      'Subject: Thank you for the interview',
      'Date: Tue, 14 Jan 2025 10:00:00 -0500',
      'Content-Type: text/plain; charset=utf-8',
      '',
      THANKS,
    ].join('\r\n');
    const { code, out } = await run(['--format', 'json', file('thanks.eml', eml)]);
    expect(code).toBe(0);
    expect(JSON.parse(out).files[0].tone.length.budget).toBe(200);
  });

  it('prints a short table with bars and suggestions, control characters neutralised', async () => {
    const p = file('casual.txt', 'hey dr ames!! thx a ton lol 😂 \u001b[31m the day was super fun\n\ncheers');
    const { code, out } = await run([p]);
    expect(code).toBe(0);
    expect(out).toMatch(/reads as casual/);
    expect(out).toMatch(/^ {2}casual +#+\.* {2}\d\.\d\d$/m);
    expect(out).toMatch(/suggestions:\n {2}- /);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting no escape characters reach the terminal
    expect(out).not.toMatch(/\u001b/);
  });

  it('reports bad input as InputError naming the file', async () => {
    await expect(run([join(dir, 'missing.txt')])).rejects.toThrow(InputError);
    await expect(run([join(dir, 'missing.txt')])).rejects.toThrow(/missing\.txt: no such file/);
    await expect(run([file('empty.txt', '  \n')])).rejects.toThrow(/is empty/);
    await expect(run([file('notes.md', 'hi')])).rejects.toThrow(/not a \.eml or \.txt file/);
    await expect(run([])).rejects.toThrow(InputError);
    await expect(run(['--format', 'xml', file('ok.txt', THANKS)])).rejects.toThrow(
      /--format must be text or json/,
    );
  });
});
