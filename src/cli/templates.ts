/**
 * `matchmail templates list [--format text|json]`
 * `matchmail templates render ID [--context FILE.json] [--program NAME] [--set FIELD=VALUE]... [--format text|json]`
 *
 * Render prints `Subject: …`, a blank line, then the body, ready to pipe into `check`. Values come from the
 * --context file (the same shape `check --context` reads, plus an optional "fields" object for values
 * only this email knows, like an interviewer's name) and from --set, which wins. Exit 2, with one line
 * naming the problem, for an unknown template, an unknown program, or missing required fields.
 */
import { parseArgs } from 'node:util';
import { programByName } from '../analyzer/context';
import { parseContext } from '../analyzer/context-schema';
import type { Context, ProgramInfo } from '../analyzer/types';
import {
  getTemplate,
  mergeValues,
  renderTemplate,
  TEMPLATE_IDS,
  TEMPLATES,
  templateValues,
} from '../templates';
import { InputError, readBytes } from './read-input';
import { oneLine, printableText, terminalJson } from './terminal-text';

export interface TemplatesIo {
  out(s: string): void;
  err(s: string): void;
}

const USAGE = `usage:
  matchmail templates list [--format text|json]
  matchmail templates render ID [--context FILE.json] [--program NAME] [--set FIELD=VALUE]... [--format text|json]`;

class UsageError extends Error {}

export async function templatesCommand(args: string[], io: TemplatesIo): Promise<number> {
  const [sub, ...rest] = args;
  try {
    switch (sub) {
      case 'list':
        return list(rest, io);
      case 'render':
        return await render(rest, io);
      case '--help':
      case '-h':
      case 'help':
        io.out(`${USAGE}\n`);
        return 0;
      case undefined:
        throw new UsageError('templates needs a subcommand: list or render');
      default:
        throw new UsageError(`unknown templates subcommand "${sub}"`);
    }
  } catch (e) {
    if (e instanceof InputError) {
      io.err(`matchmail: ${oneLine(e.message)}\n`);
      return 2;
    }
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`matchmail: ${(e as Error).message}\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
}

function format(value: string | undefined): 'text' | 'json' {
  const f = value ?? 'text';
  if (f !== 'text' && f !== 'json') throw new UsageError(`--format must be text or json (got "${f}")`);
  return f;
}

function list(args: string[], io: TemplatesIo): number {
  const { values } = parseArgs({ args, options: { format: { type: 'string' } } });
  if (format(values.format) === 'json') {
    const templates = TEMPLATES.map((t) => ({
      id: t.id,
      title: t.title,
      kind: t.kind,
      fields: [...t.fields.required, ...t.fields.optional],
      required: [...t.fields.required],
    }));
    io.out(`${terminalJson({ templates })}\n`);
  } else {
    const width = Math.max(...TEMPLATE_IDS.map((id) => id.length));
    for (const t of TEMPLATES) io.out(`${t.id.padEnd(width)}  ${t.kind.padEnd(22)}  ${t.title}\n`);
  }
  return 0;
}

async function render(args: string[], io: TemplatesIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      format: { type: 'string' },
      context: { type: 'string' },
      program: { type: 'string' },
      set: { type: 'string', multiple: true },
    },
    allowPositionals: true,
  });
  const fmt = format(values.format);
  if (positionals.length !== 1) throw new UsageError('render needs exactly one template id');
  const id = positionals[0]!;
  const template = getTemplate(id);
  if (!template)
    throw new InputError(`unknown template "${id}"; known templates: ${TEMPLATE_IDS.join(', ')}`);

  const context = await loadContext(values.context);
  const where = values.context ?? 'the context';
  const program = pickProgram(context, values.program, where);
  const fromRecords = templateValues({
    profile: context.profile,
    program: program.chosen,
    threadSubject: context.subject,
  });
  const fromFile = fieldsObject(context, where);
  const fromArgs = parseSets(values.set ?? []);
  const result = renderTemplate(id, mergeValues(fromRecords, fromFile, fromArgs));
  if (!result.ok) {
    const hint = program.hint ? ` (${program.hint})` : '';
    throw new InputError(
      `template "${id}" needs values for: ${result.missing.join(', ')}${hint}; add them to the context file's "fields" object or pass --set FIELD=VALUE`,
    );
  }
  if (fmt === 'json') io.out(`${terminalJson({ id, subject: result.subject, body: result.body })}\n`);
  else io.out(`Subject: ${oneLine(result.subject)}\n\n${printableText(result.body)}\n`);
  return 0;
}

/**
 * The --context file, read and checked exactly as `check --context` does. Not imported from ./main: main
 * imports this module, and a bundle holding main as a dependency would run main's own entry check.
 */
async function loadContext(path: string | undefined): Promise<Context> {
  if (!path) return {};
  const buf = await readBytes(path);
  let json: unknown;
  try {
    json = JSON.parse(buf.toString('utf8').replace(/^\uFEFF/, ''));
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

/** --program by name or alias, else the context's recipientProgram, else the only program listed. */
function pickProgram(
  context: Context,
  wanted: string | undefined,
  where: string,
): { chosen?: ProgramInfo; hint?: string } {
  const programs = context.programs ?? [];
  if (wanted !== undefined) {
    const found = programByName(wanted, programs);
    if (!found) {
      const names = programs.map((p) => p.name);
      throw new InputError(
        `no program named "${wanted}" in ${where}${names.length ? `; programs: ${names.join(', ')}` : ' (it lists no programs)'}`,
      );
    }
    return { chosen: found };
  }
  if (context.recipientProgram) {
    return {
      chosen: programByName(context.recipientProgram, programs) ?? { name: context.recipientProgram },
    };
  }
  if (programs.length === 1) return { chosen: programs[0] };
  if (programs.length > 1)
    return { hint: `${where} lists ${programs.length} programs: choose one with --program NAME` };
  return {};
}

/** The optional "fields" object of the context file: {"interviewer.lastName": "Castellanos", …}. */
function fieldsObject(context: Context, where: string): Record<string, string> {
  const raw = (context as Record<string, unknown>).fields;
  if (raw === undefined) return {};
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new InputError(`${where}: field "fields" must be an object of field paths to text`);
  }
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (typeof v !== 'string') throw new InputError(`${where}: field "fields.${k}" must be text`);
    out[k] = v;
  }
  return out;
}

function parseSets(sets: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of sets) {
    const eq = s.indexOf('=');
    if (eq <= 0) throw new UsageError(`--set takes FIELD=VALUE (got "${s}")`);
    out[s.slice(0, eq).trim()] = s.slice(eq + 1);
  }
  return out;
}
