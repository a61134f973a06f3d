/**
 * `matchmail` command line (DESIGN §4.1). Exit codes: 0 no error-level finding, 1 at least one, 2 bad usage
 * or unreadable input (one line on stderr naming the file or the field).
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { analyze, CATALOGUE } from '../analyzer';
import { parseContext } from '../analyzer/context-schema';
import { sentenceModel } from '../analyzer/sentence/shipped';
import type { Context, Finding, Report } from '../analyzer/types';
import { toneReport } from '../tone';
import { InputError, readBytes, readDraft } from './read-input';
import { oneLine, terminalJson } from './terminal-text';

export { oneLine } from './terminal-text';

import { rulesMarkdown } from './rules-doc';
import { templatesCommand } from './templates';
import { toneCommand } from './tone';

const USAGE = `usage:
  matchmail check [--format text|json] [--context FILE.json] FILE...   (.eml or .txt)
  matchmail tone  [--format text|json] FILE
  matchmail templates list [--format json]
  matchmail templates render ID [--context FILE.json] [--program NAME] [--set FIELD=VALUE]... [--format json]
  matchmail rules [--format text|json|markdown]`;

class UsageError extends Error {}

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const defaultIo: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
};

export async function loadContext(path: string | undefined): Promise<Context> {
  if (!path) return {};
  const buf = await readBytes(path);
  let json: unknown;
  try {
    json = JSON.parse(buf.toString('utf8'));
  } catch (e) {
    throw new InputError(`${path}: not valid JSON (${(e as Error).message})`);
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new InputError(`${path}: the context must be a JSON object`);
  }
  const parsed = parseContext(json);
  if (!parsed.ok) throw new InputError(`${path}: field "${parsed.field}" ${parsed.message}`);
  return parsed.context;
}

function formatFormat(value: string | undefined, allowed: string[]): string {
  const f = value ?? allowed[0]!;
  if (!allowed.includes(f))
    throw new UsageError(`--format must be one of ${allowed.join(', ')} (got "${f}")`);
  return f;
}

function publicFinding(f: Finding) {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    line: f.line,
    column: f.column,
    start: f.start,
    end: f.end,
    excerpt: f.excerpt,
    why: f.why,
    source: f.source.url,
  };
}

/**
 * A finding's line names the line of the file, so `path:line:col` opens where it is; `start`/`end` stay
 * offsets into the draft body (DESIGN §4.1), which for a .txt with a `Subject:` line begins after it.
 */
function inFileLines(report: Report, linesBefore: number): Report {
  if (linesBefore === 0) return report;
  return {
    ...report,
    findings: report.findings.map((f) => (f.target === 'draft' ? { ...f, line: f.line + linesBefore } : f)),
  };
}

async function check(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { format: { type: 'string' }, context: { type: 'string' } },
    allowPositionals: true,
  });
  const format = formatFormat(values.format, ['text', 'json']);
  if (positionals.length === 0) throw new UsageError('check needs at least one .eml or .txt file');
  const base = await loadContext(values.context);
  const drafts = [];
  for (const p of positionals) drafts.push(await readDraft(p));

  let errors = 0;
  const files = drafts.map((d) => {
    const h = d.headers;
    const context: Context = {
      ...base,
      to: base.to ?? h.to,
      cc: base.cc ?? h.cc,
      subject: base.subject ?? h.subject,
      today: base.today ?? h.today,
      isReply: base.isReply ?? h.isReply,
    };
    const report = inFileLines(analyze(d.body, context), d.linesBefore);
    errors += report.findings.filter((f) => f.severity === 'error').length;
    return { path: d.path, body: d.body, report };
  });

  if (format === 'json') {
    const out = {
      files: files.map(({ path, body, report }) => ({
        path,
        kind: report.kind,
        findings: report.findings.map(publicFinding),
        tone: toneReport(body, { kind: report.kind, sentences: sentenceModel() }),
        ...(report.failedRules ? { failedRules: report.failedRules } : {}),
      })),
    };
    io.out(`${terminalJson(out)}\n`);
  } else {
    for (const { path, report } of files) {
      for (const f of report.findings) {
        io.out(`${oneLine(path)}:${f.line}:${f.column} ${f.severity} ${f.ruleId} ${oneLine(f.message)}\n`);
      }
      for (const r of report.failedRules ?? [])
        io.err(`${oneLine(path)}: rule ${r.ruleId} failed and was skipped: ${oneLine(r.error)}\n`);
    }
  }
  return errors > 0 ? 1 : 0;
}

async function rules(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { format: { type: 'string' } } });
  const format = formatFormat(values.format, ['text', 'json', 'markdown']);
  if (format === 'markdown') io.out(rulesMarkdown(CATALOGUE));
  else if (format === 'json') {
    const list = CATALOGUE.map((r) => ({
      id: r.id,
      severity: r.spec.severity,
      category: r.spec.category,
      title: r.spec.title,
      kind: r.spec.match.kind,
      source: r.spec.source.url,
    }));
    io.out(`${terminalJson({ rules: list })}\n`);
  } else for (const r of CATALOGUE) io.out(`${r.id}\t${r.spec.severity}\t${r.spec.title}\n`);
  return 0;
}

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
        return await check(rest, io);
      case 'tone':
        return await toneCommand(rest, io);
      case 'templates':
        return await templatesCommand(rest, io);
      case 'rules':
        return await rules(rest, io);
      case '--validate':
        return 0; // loading this module compiled every rule file
      case '--help':
      case '-h':
      case 'help':
        io.out(`${USAGE}\n`);
        return 0;
      case undefined:
        throw new UsageError('no command given');
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof InputError) {
      io.err(`matchmail: ${oneLine(e.message)}\n`);
      return 2;
    }
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`matchmail: ${oneLine((e as Error).message)}\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      process.stderr.write(`matchmail: ${oneLine(e instanceof Error ? e.message : String(e))}\n`);
      process.exit(2);
    },
  );
}
