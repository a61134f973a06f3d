/**
 * The hand-labeled calibration set (tests/fixtures/tone): every draft's expected labels must be dominant,
 * and no label it must not get may reach the dominance threshold. Labels a draft lists in neither are left
 * to judgment and not scored. Per-label precision and recall are printed for the closing note.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DOMINANT_THRESHOLD,
  TONE_LABELS,
  type ToneLabel,
  type ToneReport,
  toneReport,
} from '../../../src/tone';

const DIR = 'tests/fixtures/tone';

interface Label {
  expect: ToneLabel[];
  not: ToneLabel[];
  note?: string;
}

const labels: Record<string, Label> = JSON.parse(readFileSync(join(DIR, 'labels.json'), 'utf8'));
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const reports = new Map<string, ToneReport>(
  files.map((f) => [f, toneReport(readFileSync(join(DIR, f), 'utf8'))]),
);
const scoreOf = (r: ToneReport, l: ToneLabel) => r.labels.find((x) => x.label === l)!.score;

describe('calibration set', () => {
  it('has at least 45 drafts, each labeled with known labels', () => {
    expect(files.length).toBeGreaterThanOrEqual(45);
    expect(Object.keys(labels).sort()).toEqual(files);
    for (const [file, l] of Object.entries(labels)) {
      expect(l.expect.length, `${file} expects nothing`).toBeGreaterThan(0);
      for (const x of [...l.expect, ...l.not])
        expect(TONE_LABELS, `${file}: unknown label ${x}`).toContain(x);
      expect(
        l.expect.filter((x) => l.not.includes(x)),
        `${file} both expects and forbids`,
      ).toEqual([]);
    }
  });

  it.each(files)('%s', (file) => {
    const r = reports.get(file)!;
    const l = labels[file]!;
    const scores = r.labels.map((x) => `${x.label}=${x.score}`).join(' ');
    for (const want of l.expect) {
      expect(r.dominant, `${file} should read as ${want} (${l.note ?? ''}); ${scores}`).toContain(want);
    }
    for (const bad of l.not) {
      expect(scoreOf(r, bad), `${file} must not read as ${bad}; ${scores}`).toBeLessThan(DOMINANT_THRESHOLD);
    }
  });

  it('keeps micro-averaged precision and recall at or above 0.85', () => {
    const rows = TONE_LABELS.map((label) => {
      let tp = 0;
      let fn = 0;
      let fp = 0; // a label the draft must not get reached the threshold
      let unlabeled = 0; // dominant, but the draft's labels leave it to judgment
      for (const f of files) {
        const r = reports.get(f)!;
        const l = labels[f]!;
        const dominant = r.dominant.includes(label);
        if (l.expect.includes(label)) dominant ? tp++ : fn++;
        else if (l.not.includes(label) && scoreOf(r, label) >= DOMINANT_THRESHOLD) fp++;
        else if (dominant) unlabeled++;
      }
      return { label, tp, fp, fn, unlabeled };
    });
    const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
    const sum = (k: 'tp' | 'fp' | 'fn' | 'unlabeled') => rows.reduce((a, r) => a + r[k], 0);
    const table = rows.map(
      (r) =>
        `${r.label.padEnd(13)} precision ${ratio(r.tp, r.tp + r.fp).toFixed(2)}  strict ${ratio(r.tp, r.tp + r.fp + r.unlabeled).toFixed(2)}  recall ${ratio(r.tp, r.tp + r.fn).toFixed(2)}  (tp ${r.tp}, fp ${r.fp}, fn ${r.fn}, unlabeled ${r.unlabeled})`,
    );
    const precision = ratio(sum('tp'), sum('tp') + sum('fp'));
    const strict = ratio(sum('tp'), sum('tp') + sum('fp') + sum('unlabeled'));
    const recall = ratio(sum('tp'), sum('tp') + sum('fn'));
    console.log(
      [
        `tone calibration: ${files.length} drafts, threshold ${DOMINANT_THRESHOLD}`,
        ...table,
        `micro precision ${precision.toFixed(3)} (strict, counting unlabeled dominant labels as false: ${strict.toFixed(3)}), recall ${recall.toFixed(3)}`,
      ].join('\n'),
    );
    expect(precision).toBeGreaterThanOrEqual(0.85);
    expect(strict).toBeGreaterThanOrEqual(0.85);
    expect(recall).toBeGreaterThanOrEqual(0.85);
  });
});
