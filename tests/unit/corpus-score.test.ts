/**
 * Recall and precision of the whole catalogue on our own labeled corpus (tests/fixtures/drafts), scored
 * the way ../shared/tools/score-corpus.mjs scores the CLI: a must-fire rule missing is a miss; a warning or
 * error that is neither must- nor may-fire is a false alarm (suggestions are tolerated); a must-not-fire
 * rule that fires fails outright.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer';
import type { Context } from '../../src/analyzer/types';
import { readDraft } from '../../src/cli/read-input';

const DIR = 'tests/fixtures/drafts';

interface Label {
  recipientProgram?: string;
  today?: string;
  ledger?: Context['ledger'];
  mustFire: string[];
  mayFire?: string[];
  mustNotFire?: string[];
  kind?: string;
}

describe('labeled corpus', async () => {
  const ctx = JSON.parse(readFileSync(join(DIR, 'context.json'), 'utf8'));
  const files = readdirSync(DIR)
    .filter((f) => f.endsWith('.eml'))
    .sort();
  let tp = 0;
  let fn = 0;
  let fa = 0;
  let kindOk = 0;
  const problems: string[] = [];
  const mustNot: string[] = [];
  for (const file of files) {
    const label: Label = ctx.drafts[file];
    const d = await readDraft(join(DIR, file));
    const report = analyze(d.body, {
      programs: ctx.programs,
      profile: ctx.profile,
      recipientProgram: label.recipientProgram,
      today: label.today ?? d.headers.today,
      ledger: label.ledger ?? [],
      to: d.headers.to,
      cc: d.headers.cc,
      subject: d.headers.subject,
      isReply: d.headers.isReply,
    });
    const fired = new Map<string, string>();
    for (const f of report.findings)
      if (!fired.has(f.ruleId) || f.severity === 'error') fired.set(f.ruleId, f.severity);
    for (const id of label.mustFire) {
      if (fired.has(id)) tp++;
      else {
        fn++;
        problems.push(`MISS ${file} ${id}`);
      }
    }
    const allowed = new Set([...label.mustFire, ...(label.mayFire ?? [])]);
    for (const [id, sev] of fired) {
      if (allowed.has(id) || sev === 'suggestion') continue;
      fa++;
      problems.push(`FALSE ${file} ${id} (${sev})`);
    }
    for (const id of label.mustNotFire ?? []) if (fired.has(id)) mustNot.push(`${file} ${id}`);
    if (label.kind === report.kind) kindOk++;
    else problems.push(`KIND ${file} got=${report.kind} want=${label.kind}`);
  }
  const recall = tp / (tp + fn);
  const precision = tp / (tp + fa);
  const kindAccuracy = kindOk / files.length;
  console.log(
    `own corpus: drafts=${files.length} recall=${recall.toFixed(3)} precision=${precision.toFixed(3)} kind=${kindAccuracy.toFixed(3)} mustNot=${mustNot.length}\n${problems.join('\n')}`,
  );

  it('holds at least 60 drafts', () => expect(files.length).toBeGreaterThanOrEqual(60));
  it('never fires a must-not-fire rule', () => expect(mustNot, mustNot.join('\n')).toEqual([]));
  it('recall ≥ 0.95', () =>
    expect(recall, problems.filter((p) => p.startsWith('MISS')).join('\n')).toBeGreaterThanOrEqual(0.95));
  it('precision ≥ 0.95', () =>
    expect(precision, problems.filter((p) => p.startsWith('FALSE')).join('\n')).toBeGreaterThanOrEqual(0.95));
  it('classifies the draft kind right at least 85% of the time', () =>
    expect(kindAccuracy, problems.filter((p) => p.startsWith('KIND')).join('\n')).toBeGreaterThanOrEqual(
      0.85,
    ));
});
