/**
 * Scores one labeled draft set (the corpus format: NNN-slug.eml files + context.json with mustFire, mayFire,
 * mustNotFire and kind per draft) through the CLI with the shipped model, the way
 * ../shared/tools/score-corpus.mjs does but in-process: recall, precision over errors and warnings, draft
 * kind, and error-level false alarms, with a note per miss, false alarm and wrong kind. Where a draft carries a
 * `tone` list (the concerning words a program director would use of it), each of the seven concerning tone
 * labels is one check: it must reach 0.5 in `matchmail tone` exactly when the writer listed it.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kindFromReadings } from '../src/analyzer/sentence/draft-kind';
import { sentenceModel } from '../src/analyzer/sentence/shipped';
import { buildTextModel } from '../src/analyzer/text-model';
import type { DraftKind } from '../src/analyzer/types';
import { main as cli } from '../src/cli/main';
import { readDraft } from '../src/cli/read-input';

interface Labels {
  recipientProgram?: string;
  today?: string;
  ledger?: unknown[];
  kind?: DraftKind;
  mustFire: string[];
  mayFire?: string[];
  mustNotFire?: string[];
  tone?: string[];
}

/** The tone labels a writer may list as a concern; the other three (professional, warm, confident) are not. */
export const CONCERNING_TONES = [
  'desperate',
  'pushy',
  'emotional',
  'negative',
  'casual',
  'apologetic',
  'hedging',
] as const;
export async function scoreSet(dir: string) {
  const ctx = JSON.parse(readFileSync(join(dir, 'context.json'), 'utf8'));
  const tmp = mkdtempSync(join(tmpdir(), 'mm-eval-'));
  let tp = 0;
  let fn = 0;
  let fa = 0;
  let errFa = 0;
  let kindOk = 0;
  let readKindOk = 0;
  let kindN = 0;
  let toneOk = 0;
  let toneN = 0;
  const notes: string[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.eml') || f.endsWith('.txt'))
    .sort()) {
    const d = ctx.drafts[file] as Labels | undefined;
    if (!d) continue;
    const cfile = join(tmp, `${file}.json`);
    writeFileSync(
      cfile,
      JSON.stringify({
        programs: ctx.programs,
        profile: ctx.profile,
        recipientProgram: d.recipientProgram,
        today: d.today,
        ledger: d.ledger ?? [],
      }),
    );
    let out = '';
    await cli(['check', '--format', 'json', '--context', cfile, join(dir, file)], {
      out: (s) => (out += s),
      err: () => {},
    });
    const report = JSON.parse(out).files[0] as {
      kind: string;
      findings: { ruleId: string; severity: string }[];
    };
    const fired = new Map<string, string>();
    for (const f of report.findings)
      if (!fired.has(f.ruleId) || f.severity === 'error') fired.set(f.ruleId, f.severity);
    for (const id of d.mustFire) {
      if (fired.has(id)) tp++;
      else {
        fn++;
        notes.push(`MISS ${file} ${id}`);
      }
    }
    const allowed = new Set([...d.mustFire, ...(d.mayFire ?? [])]);
    for (const [id, sev] of fired) {
      if (allowed.has(id) || sev === 'suggestion') continue;
      fa++;
      if (sev === 'error') errFa++;
      notes.push(`FALSE ${file} ${id} (${sev})`);
    }
    if (d.kind) {
      kindN++;
      if (report.kind === d.kind) kindOk++;
      else notes.push(`KIND ${file} got=${report.kind} want=${d.kind}`);
      const draft = await readDraft(join(dir, file));
      const cue = kindFromReadings(
        buildTextModel(draft.body),
        {
          subject: draft.headers.subject,
          isReply: draft.headers.isReply,
        },
        sentenceModel(),
      );
      if (cue === d.kind) readKindOk++;
    }
    if (d.tone) {
      let toneOut = '';
      await cli(['tone', '--format', 'json', join(dir, file)], { out: (s) => (toneOut += s), err: () => {} });
      const labels = (JSON.parse(toneOut).files[0].tone.labels as { label: string; score: number }[]).filter(
        (l) => (CONCERNING_TONES as readonly string[]).includes(l.label),
      );
      for (const l of labels) {
        toneN++;
        const want = d.tone.includes(l.label);
        if (l.score >= 0.5 === want) toneOk++;
        else notes.push(`TONE ${file} ${l.label} ${l.score.toFixed(2)} want=${want ? '>=0.5' : '<0.5'}`);
      }
    }
  }
  rmSync(tmp, { recursive: true, force: true });
  return {
    recall: tp / (tp + fn),
    precision: tp / (tp + fa),
    kind: kindOk / kindN,
    readingsKind: readKindOk / kindN,
    errorFalseAlarms: errFa,
    /** Tone checks right / made (NaN when the set has no tone lists). */
    tone: toneOk / toneN,
    toneChecks: toneN,
    drafts: kindN,
    notes,
  };
}
