/**
 * `matchmail tone [--format text|json] FILE…` (DESIGN §4.1): how a program director is likely to read the
 * draft. Bad input throws InputError (main prints it and exits 2); parseArgs errors carry their own
 * ERR_PARSE_ARGS code, which main also maps to exit 2.
 */
import { parseArgs } from 'node:util';
import { classifyDraft } from '../analyzer/classify';
import { sentenceModel } from '../analyzer/sentence/shipped';
import { buildTextModel } from '../analyzer/text-model';
import { toneReport } from '../tone';
import type { ToneReport } from '../tone/types';
import { InputError, readDraft } from './read-input';
import { oneLine, terminalJson } from './terminal-text';

export interface ToneIo {
  out(s: string): void;
  err(s: string): void;
}

const BAR = 20;

function jsonTone(r: ToneReport) {
  return {
    labels: r.labels.map((l) => ({
      label: l.label,
      score: l.score,
      sentences: l.sentences.map((s) => ({ start: s.start, end: s.end })),
    })),
    dominant: r.dominant,
    readability: r.readability,
    length: r.length,
    suggestions: r.suggestions,
  };
}

function textTone(path: string, r: ToneReport): string {
  const reads = r.dominant.length > 0 ? r.dominant.join(', ') : 'nothing distinct yet';
  const { length: len, readability: read } = r;
  const lines = [
    `${oneLine(path)}: reads as ${reads}`,
    `  ${len.words}/${len.budget} words${len.over ? ' (over budget)' : ''}, grade ${read.gradeLevel}, ${read.averageSentenceWords} words a sentence`,
  ];
  const width = Math.max(...r.labels.map((l) => l.label.length));
  for (const l of r.labels) {
    const filled = Math.round(l.score * BAR);
    lines.push(
      `  ${l.label.padEnd(width)}  ${'#'.repeat(filled)}${'.'.repeat(BAR - filled)}  ${l.score.toFixed(2)}`,
    );
  }
  lines.push('  suggestions:');
  for (const s of r.suggestions) lines.push(`  - ${oneLine(s)}`);
  return `${lines.join('\n')}\n`;
}

export async function toneCommand(args: string[], io: ToneIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { format: { type: 'string' } },
    allowPositionals: true,
  });
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') {
    throw new InputError(`tone: --format must be text or json (got "${oneLine(format)}")`);
  }
  if (positionals.length === 0) throw new InputError('tone needs a .eml or .txt file');

  const files: { path: string; report: ToneReport }[] = [];
  for (const path of positionals) {
    const d = await readDraft(path);
    // The subject and reply headers of an .eml say what kind of email it is, and so its length budget.
    const kind = classifyDraft(buildTextModel(d.body), {
      subject: d.headers.subject,
      isReply: d.headers.isReply,
    });
    files.push({ path: d.path, report: toneReport(d.body, { kind, sentences: sentenceModel() }) });
  }

  if (format === 'json') {
    const out = { files: files.map(({ path, report }) => ({ path, tone: jsonTone(report) })) };
    io.out(`${terminalJson(out)}\n`);
  } else {
    io.out(files.map(({ path, report }) => textTone(path, report)).join('\n'));
  }
  return 0;
}
