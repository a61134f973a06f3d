/**
 * `npm run eval`: how the rules and the sentence layer do on text they were not tuned on.
 *  1. Sentences, leave one writer out: each writer's sentences read by a model trained (and calibrated)
 *     without that writer; precision and recall per label.
 *  2. Rules on held-out writers' emails: each writer's emails analysed with that writer-less model; per-rule
 *     precision and recall (an email should fire the rules its sentences' labels call for), the precision of
 *     error-level findings sentence by sentence, and the draft kind.
 *  3. Labeled draft sets (tests/fixtures/holdout*, tests/fixtures/blind-*, ../shared/corpus when present),
 *     scored like ../shared/tools/score-corpus.mjs with the shipped model through the CLI.
 * Usage: npm run eval [-- --json] [-- --quick]   (--quick skips part 2)
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compileCatalogue } from '../src/analyzer/catalogue';
import { classifyDraft } from '../src/analyzer/classify';
import { createAnalyzer } from '../src/analyzer/core';
import { kindFromReadings } from '../src/analyzer/sentence/draft-kind';
import { sentenceFeatures } from '../src/analyzer/sentence/features';
import { SENTENCE_LABELS } from '../src/analyzer/sentence/labels';
import { SentenceModel } from '../src/analyzer/sentence/model';
import { sentenceModel } from '../src/analyzer/sentence/shipped';
import {
  encode,
  fitPlatt,
  type KindExample,
  type LabeledSentence,
  pack,
  packKind,
  rawScores,
  trainKind,
} from '../src/analyzer/sentence/train';
import { buildTextModel } from '../src/analyzer/text-model';
import { type Context, DRAFT_KINDS, type DraftKind } from '../src/analyzer/types';
import { main as cli } from '../src/cli/main';
import { readDraft } from '../src/cli/read-input';
import { toneReport } from '../src/tone';
import { TONE_FROM_SENTENCES } from '../src/tone/readings';
import { leaveOneWriterOut } from './folds';
import { emailsFrom, kindExample } from './kind-data';
import { readRuleSources } from './rule-sources.mjs';
import { scoreSet } from './score-set';
import {
  loadSentenceData,
  RULE_LABELS,
  readSentenceRecords,
  type SentenceRecord,
  sentenceDataHash,
} from './sentence-data.mjs';

const root = process.cwd();
const asJson = process.argv.includes('--json');
const quick = process.argv.includes('--quick');
const log = (s: string) => {
  if (!asJson) console.log(s);
};
const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');
const RULE_OF_LABEL = Object.fromEntries(Object.entries(RULE_LABELS).map(([r, l]) => [l, r])) as Record<
  string,
  string
>;
const result: Record<string, unknown> = {};

// ---------------------------------------------------------------------------------------------------------
// 1. Sentences, leave one writer out.
const data = loadSentenceData(root) as LabeledSentence[];
const enc = encode(data);
const groups = [...new Set(data.map((d) => d.group))].sort();
const writerGroups = groups.filter((g) => g !== 'rule-examples');
const { raw, models } = leaveOneWriterOut(root, sentenceDataHash(root), data, enc);
/** Platt per label fitted on every group but `g`, so g's probabilities are calibrated without g. */
function plattWithout(g: string): [number, number][] {
  return SENTENCE_LABELS.map((_, j) => {
    const z: number[] = [];
    const y: number[] = [];
    data.forEach((d, i) => {
      const scores = raw[i];
      if (d.group === g || !scores || !(enc.mask[i]! & (1 << j))) return;
      z.push(scores[j]!);
      y.push(enc.y[i]! & (1 << j) ? 1 : 0);
    });
    return fitPlatt(z, y);
  });
}
const plattBy = new Map(groups.map((g) => [g, plattWithout(g)]));
/** Every email as a kind example, read by the model (and calibration) that did not see its writer. */
const kindByGroup = new Map<string, KindExample[]>();
for (const e of emailsFrom(readSentenceRecords(root))) {
  const m = models.get(e.group);
  const platt = plattBy.get(e.group);
  if (!m || !platt) continue;
  const read = (text: string) =>
    Float64Array.from(rawScores(m, Int32Array.from(sentenceFeatures(text))), (v, j) => {
      const [a, b] = platt[j]!;
      return 1 / (1 + Math.exp(-(a * v + b)));
    });
  const list = kindByGroup.get(e.group) ?? [];
  list.push(kindExample(e, read));
  kindByGroup.set(e.group, list);
}
const prob = (i: number, j: number) => {
  const [a, b] = plattBy.get(data[i]!.group)![j]!;
  return 1 / (1 + Math.exp(-(a * raw[i]![j]! + b)));
};

log(
  `\n== Sentences: each of ${writerGroups.length} writers read by a model trained without them (${data.length} sentences) ==`,
);
log('label                      pos   prec@.5  rec@.5   prec@.8  rec@.8');
const perLabel: Record<string, unknown> = {};
SENTENCE_LABELS.forEach((label, j) => {
  const c = { pos: 0, tp5: 0, fp5: 0, tp8: 0, fp8: 0 };
  data.forEach((d, i) => {
    if (d.group === 'rule-examples' || !(enc.mask[i]! & (1 << j))) return;
    const y = (enc.y[i]! >> j) & 1;
    const p = prob(i, j);
    c.pos += y;
    if (p >= 0.5) y ? c.tp5++ : c.fp5++;
    if (p >= 0.8) y ? c.tp8++ : c.fp8++;
  });
  const row = {
    pos: c.pos,
    p50: c.tp5 / (c.tp5 + c.fp5),
    r50: c.tp5 / c.pos,
    p80: c.tp8 / (c.tp8 + c.fp8),
    r80: c.tp8 / c.pos,
  };
  perLabel[label] = row;
  log(
    `${label.padEnd(26)} ${String(c.pos).padStart(4)}   ${f3(row.p50)}    ${f3(row.r50)}    ${f3(row.p80)}    ${f3(row.r80)}`,
  );
});
result.sentences = { sentences: data.length, writers: writerGroups.length, perLabel };

/** Labels whose rules are errors: a sentence carrying any of them has a Match-policy problem. */
const ERROR_LABELS = [
  'asks-ranking',
  'requests-commitment',
  'promises-binding',
  'conditional-ranking',
  'offers-outside-deal',
];
const errorIdx = ERROR_LABELS.map((l) => (SENTENCE_LABELS as readonly string[]).indexOf(l));
log('\nRule labels by threshold (held-out writers): precision strict / any Match-policy label, recall');
const thresholds = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95];
log(`label                      ${thresholds.map((t) => String(t).padEnd(18)).join('')}`);
const byThreshold: Record<string, unknown> = {};
const ruleLabelIdx = [...new Set(Object.values(RULE_LABELS))].map((l) =>
  (SENTENCE_LABELS as readonly string[]).indexOf(l),
);
for (const j of ruleLabelIdx) {
  const cells: string[] = [];
  const rows: unknown[] = [];
  for (const t of thresholds) {
    let tp = 0;
    let lenient = 0;
    let flagged = 0;
    let pos = 0;
    data.forEach((d, i) => {
      if (d.group === 'rule-examples') return;
      const y = (enc.y[i]! >> j) & 1;
      pos += y;
      if (prob(i, j) < t) return;
      flagged++;
      tp += y;
      if (errorIdx.some((k) => (enc.y[i]! >> k) & 1)) lenient++;
    });
    rows.push({ t, precision: tp / flagged, lenientPrecision: lenient / flagged, recall: tp / pos, flagged });
    cells.push(`${f3(tp / flagged)}/${f3(lenient / flagged)} ${f3(tp / pos)}`.padEnd(18));
  }
  byThreshold[SENTENCE_LABELS[j]!] = rows;
  log(`${SENTENCE_LABELS[j]!.padEnd(26)} ${cells.join('')}`);
}
result.errorThresholds = byThreshold;

// ---------------------------------------------------------------------------------------------------------
// 2. Rules on held-out writers' emails.
const catalogue = compileCatalogue(readRuleSources(join(root, 'rules')));
interface Email {
  id: string;
  writer: string;
  kind?: string;
  subject?: string;
  records: SentenceRecord[];
}
function emailsOf(records: SentenceRecord[]): Email[] {
  const byId = new Map<string, Email>();
  for (const r of records) {
    const id = r.email ?? `${r.file}:${r.line}`;
    let e = byId.get(id);
    if (!e) {
      e = { id, writer: r.writer ?? r.author, kind: r.kind, records: [] };
      byId.set(id, e);
    }
    if (r.part === 'subject') e.subject = r.text;
    else e.records.push(r);
  }
  return [...byId.values()];
}
/** The email as a draft body, with where each labeled sentence sits. */
function draftOf(e: Email) {
  let body = '';
  const spans: { start: number; end: number; labels: string[] }[] = [];
  const parts = (p: string) => e.records.filter((r) => (r.part ?? 'body') === p);
  const put = (text: string, labels: string[], sep: string) => {
    if (body) body += sep;
    spans.push({ start: body.length, end: body.length + text.length, labels });
    body += text;
  };
  for (const r of parts('greeting')) put(r.text, r.labels, '\n');
  let first = true;
  for (const r of parts('body')) {
    put(r.text, r.labels, first ? '\n\n' : ' ');
    first = false;
  }
  const closing = parts('closing');
  for (const [k, r] of closing.entries()) put(r.text, r.labels, k === 0 ? '\n\n' : '\n');
  for (const r of parts('signature')) put(r.text, [], '\n');
  const quoted = parts('quoted');
  if (quoted.length) {
    body += '\n\nOn Mon, Jan 11, 2027 at 9:02 AM Program Office <office@program.example.org> wrote:\n';
    for (const r of quoted) {
      body += '> ';
      spans.push({ start: body.length, end: body.length + r.text.length, labels: r.labels });
      body += `${r.text}\n`;
    }
  }
  return { body, spans };
}

if (!quick) {
  const records = readSentenceRecords(root);
  const emails = emailsOf(records);
  const perRule = new Map<string, { tp: number; fn: number; fp: number }>();
  const bump = (id: string, k: 'tp' | 'fn' | 'fp') => {
    const c = perRule.get(id) ?? { tp: 0, fn: 0, fp: 0 };
    c[k]++;
    perRule.set(id, c);
  };
  let errOk = 0;
  let errBad = 0;
  let errPolicy = 0;
  const noPolicyExamples: string[] = [];
  /** Tone checks: per label, [right with readings, right with cue tables only, emails]. */
  const toneChecks = new Map<string, [number, number, number]>();
  const errBadExamples: string[] = [];
  let kindOk = 0;
  let cueKindOk = 0;
  let kindN = 0;
  const judged = new Set(Object.keys(RULE_LABELS));
  for (const g of writerGroups) {
    const file = pack(models.get(g)!, plattBy.get(g)!, { dataHash: 'eval', sentences: 0, authors: 0 });
    const others = [...kindByGroup].flatMap(([k, v]) => (k === g ? [] : v));
    file.kind = packKind(trainKind(others, DRAFT_KINDS.length), DRAFT_KINDS);
    const heldOutModel = new SentenceModel(file);
    const analyzer = createAnalyzer(catalogue, { sentences: heldOutModel, kindFromSentences: true });
    for (const e of emails.filter((x) => x.writer === g)) {
      const { body, spans } = draftOf(e);
      const ctx: Context = {
        subject: e.subject ?? '',
        isReply:
          e.kind === 'reply-to-program' || (spans.length > 0 && e.records.some((r) => r.part === 'quoted')),
      };
      const report = analyzer.analyze(body, ctx);
      if (e.kind) {
        kindN++;
        if (report.kind === e.kind) kindOk++;
        if (classifyDraft(buildTextModel(body), ctx) === e.kind) cueKindOk++;
      }
      // Tone: a label should reach 0.5 exactly when some body sentence carries what it reads.
      const withReadings = toneReport(body, { sentences: heldOutModel });
      const cuesOnly = toneReport(body, {});
      const bodyLabels = new Set(
        e.records.filter((r) => (r.part ?? 'body') === 'body').flatMap((r) => r.labels),
      );
      for (const [tone, sources] of Object.entries(TONE_FROM_SENTENCES)) {
        if (tone === 'warm' || tone === 'confident') continue;
        const truth = sources.some((l) => bodyLabels.has(l));
        const c = toneChecks.get(tone) ?? [0, 0, 0];
        const hit = (r: typeof cuesOnly) => (r.labels.find((l) => l.label === tone)?.score ?? 0) >= 0.5;
        if (hit(withReadings) === truth) c[0]++;
        if (hit(cuesOnly) === truth) c[1]++;
        c[2]++;
        toneChecks.set(tone, c);
      }
      const want = new Set<string>();
      for (const s of spans) for (const l of s.labels) if (RULE_OF_LABEL[l]) want.add(RULE_OF_LABEL[l]!);
      const fired = new Map<string, string>();
      for (const f of report.findings)
        if (!fired.has(f.ruleId) || f.severity === 'error') fired.set(f.ruleId, f.severity);
      for (const id of want) bump(id, fired.has(id) ? 'tp' : 'fn');
      for (const [id, sev] of fired)
        if (judged.has(id) && !want.has(id) && sev !== 'suggestion') bump(id, 'fp');
      for (const f of report.findings) {
        if (f.severity !== 'error' || !judged.has(f.ruleId)) continue;
        const label = RULE_LABELS[f.ruleId] ?? '';
        const over = spans.filter((s) => s.start < f.end && f.start < s.end);
        const ok = over.some((s) => s.labels.includes(label));
        if (over.some((s) => s.labels.some((l) => ERROR_LABELS.includes(l)))) errPolicy++;
        else noPolicyExamples.push(`${e.id} ${f.ruleId}: ${f.excerpt.slice(0, 140)}`);
        if (ok) errOk++;
        else {
          errBad++;
          if (errBadExamples.length < 40)
            errBadExamples.push(`${e.id} ${f.ruleId}: ${f.excerpt.slice(0, 140)}`);
        }
      }
    }
  }
  log(
    `\n== Rules on held-out writers' emails (${emails.length} emails; each writer analysed by a model trained without them) ==`,
  );
  log('rule                         tp    fn    fp   recall  precision');
  const rules: Record<string, unknown> = {};
  let tp = 0;
  let fn = 0;
  let fp = 0;
  for (const id of [...perRule.keys()].sort()) {
    const c = perRule.get(id)!;
    tp += c.tp;
    fn += c.fn;
    fp += c.fp;
    const sev = catalogue.find((r) => r.id === id)?.spec.severity ?? '';
    rules[id] = { ...c, severity: sev, recall: c.tp / (c.tp + c.fn), precision: c.tp / (c.tp + c.fp) };
    log(
      `${`${id} [${sev}]`.padEnd(28)} ${String(c.tp).padStart(4)}  ${String(c.fn).padStart(4)}  ${String(c.fp).padStart(4)}   ${f3(c.tp / (c.tp + c.fn))}   ${f3(c.tp / (c.tp + c.fp))}`,
    );
  }
  log(`all judged rules: recall ${f3(tp / (tp + fn))}, precision (errors+warnings) ${f3(tp / (tp + fp))}`);
  log(
    `error-level findings on a sentence labeled for them: ${errOk}/${errOk + errBad} = precision ${f3(errOk / (errOk + errBad))}`,
  );
  log(
    `error-level findings on a sentence with any Match-policy label: ${errPolicy}/${errOk + errBad} = precision ${f3(errPolicy / (errOk + errBad))}`,
  );
  for (const x of noPolicyExamples) log(`  no Match-policy label: ${x}`);
  if (process.env.VERBOSE === '1') for (const x of errBadExamples) log(`  not labeled for that rule: ${x}`);
  log(
    'tone label reaches 0.5 exactly when a body sentence carries it (emails right, with readings / cue tables only):',
  );
  let tr = 0;
  let tc = 0;
  let tn = 0;
  for (const [tone, [r, c, n]] of toneChecks) {
    tr += r;
    tc += c;
    tn += n;
    log(`  ${tone.padEnd(12)} ${f3(r / n)} / ${f3(c / n)}`);
  }
  log(`  all checks   ${f3(tr / tn)} / ${f3(tc / tn)}`);
  result.tone = { withReadings: tr / tn, cuesOnly: tc / tn, checks: tn };
  log(
    `draft kind from sentence readings: ${kindOk}/${kindN} = ${f3(kindOk / kindN)}; from the cue tables: ${f3(cueKindOk / kindN)}`,
  );
  result.heldOutEmails = {
    emails: emails.length,
    rules,
    recall: tp / (tp + fn),
    precision: tp / (tp + fp),
    errorPrecision: errOk / (errOk + errBad),
    errorPolicyPrecision: errPolicy / (errOk + errBad),
    errors: errOk + errBad,
    kind: kindOk / kindN,
  };
}

// ---------------------------------------------------------------------------------------------------------
// 3. Labeled draft sets through the CLI (the shipped model).
const sets: [string, string][] = [];
for (const d of readdirSync(join(root, 'tests/fixtures')).sort())
  if (/^(holdout|blind)/.test(d) && existsSync(join(root, 'tests/fixtures', d, 'context.json')))
    sets.push([d, join(root, 'tests/fixtures', d)]);
const shared = join(root, '../shared/corpus');
if (existsSync(join(shared, 'context.json'))) sets.push(['../shared/corpus', shared]);
else log('\n(skipped: ../shared/corpus is not beside this checkout)');
log('\n== Labeled draft sets (shipped model, through the CLI) ==');
const setResults: Record<string, unknown> = {};
for (const [name, dir] of sets) {
  const r = await scoreSet(dir);
  setResults[name] = r;
  log(
    `${name.padEnd(26)} recall ${f3(r.recall)}  precision ${f3(r.precision)}  kind ${f3(r.kind)} (from readings ${f3(r.readingsKind)})  error false alarms ${r.errorFalseAlarms}  (${r.drafts} drafts)`,
  );
  if (process.env.VERBOSE === '1') for (const n of r.notes) log(`    ${n}`);
}
result.sets = setResults;
if (asJson) console.log(JSON.stringify(result, null, 2));
