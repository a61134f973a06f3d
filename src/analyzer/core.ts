/**
 * The runner. Text rules are matched paragraph by paragraph and cached by paragraph text, so after an edit
 * only the changed paragraph is matched again; draft-level rules (metrics, context checks) are cheap and
 * run every time. Every rule runs inside its own try/catch: one broken rule is reported, the rest still run.
 */
import { beforeAnyInterview } from './before-interview';
import type { CompiledRule } from './catalogue';
import { CHECKS } from './checks';
import { clearClaimed } from './checks/records';
import { classifyDraft, clearReadings } from './classify';
import { type ResolvedContext, resolveContext } from './context';
import { lastAtOrBefore } from './last-at-or-before';
import { matchParagraph, type ParagraphResult, PreparedParagraph, type SentenceReader } from './matchers';
import { clearShouted, runMetric } from './metrics';
import { getNlp } from './nlp';
import { normalize } from './normalize';
import { LiteralIndex } from './required-literals';
import { kindFromReadings } from './sentence/draft-kind';
import { availableSentenceModel, decodedSentenceModel, type SentenceModel } from './sentence/model';
import { dropSubsumed } from './subsumes';
import {
  buildTextModel,
  clearSentenceCache,
  type Paragraph,
  type Span,
  sentenceTextAt,
  signatureParagraphs,
  type TextModel,
} from './text-model';
import type { Context, DraftKind, Finding, FindingTarget, Report } from './types';

const SEVERITY_ORDER = { error: 0, warning: 1, suggestion: 2 } as const;
const CACHE_LIMIT = 4000;
/**
 * Text rules read at most this many characters of a draft (about 1,600 words, five times a long letter), so a
 * pasted book cannot stall the page; length rules still count everything, and the report says it was cut.
 */
export const MAX_MATCHED_CHARS = 10_000;
/**
 * The draft (and a supplied thread) is cut into lines, paragraphs and sentences up to about this many
 * characters; past them only the author's words are counted (for the length rule). Twice what text rules
 * read, so the paragraph they stop in is whole. Everything else — metrics, context checks, the kind —
 * therefore costs no more on a 100,000-character paste than on a 20,000-character one.
 */
export const MAX_MODELED_CHARS = 2 * MAX_MATCHED_CHARS;

function clip(paragraphs: Paragraph[], limit: number): Paragraph[] {
  const out: Paragraph[] = [];
  for (const p of paragraphs) {
    if (p.start >= limit) break;
    if (p.end <= limit) {
      out.push(p);
      continue;
    }
    const sentences = p.sentences.filter((x) => x.end <= limit);
    const end = sentences[sentences.length - 1]?.end ?? p.start;
    if (end > p.start) out.push({ ...p, end, text: p.text.slice(0, end - p.start), sentences });
    break;
  }
  return out;
}

/** More marks of one rule than this helps nobody: the panel shows the first ones and the count stays honest. */
export const MAX_FINDINGS_PER_RULE = 50;

interface Hit extends Span {
  vars?: Record<string, string>;
}

export interface Analyzer {
  analyze(draft: string, context?: Context): Report;
  readonly rules: readonly CompiledRule[];
  /** Paragraph matches computed (not served from cache) since creation; for tests and benchmarks. */
  readonly stats: { paragraphsMatched: number };
}

/**
 * One literal index per catalogue, shared by every analyzer made from it (like its compiled regexes): built
 * from the text rules' pattern literals the first time the catalogue is used.
 */
const literalIndexes = new WeakMap<readonly CompiledRule[], LiteralIndex>();

function literalIndexOf(
  textRules: readonly CompiledRule[],
  catalogue: readonly CompiledRule[],
): LiteralIndex {
  let index = literalIndexes.get(catalogue);
  if (!index) {
    index = new LiteralIndex(textRules.flatMap((r) => r.literals.flat(2)));
    literalIndexes.set(catalogue, index);
  }
  return index;
}

function isTextRule(r: CompiledRule): boolean {
  const k = r.spec.match.kind;
  return k === 'phrases' || k === 'regex' || k === 'pattern';
}

function fill(template: string, vars: Record<string, string> | undefined): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);
}

/** The more severe of two hit severities (undefined = the rule's own severity, the most severe). */
function stronger(a: Hit['severity'], b: Hit['severity']): Hit['severity'] {
  if (!a || !b) return undefined;
  return a === 'warning' || b === 'warning' ? 'warning' : 'suggestion';
}

/**
 * Overlapping hits of one rule are one finding: two patterns catching the same words is one problem, and a
 * pattern inside a sentence the sentence layer also flagged is one finding at the surer severity.
 */
function mergeHits<T extends Hit>(hits: T[]): T[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const h of sorted) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) {
      const severity = stronger(last.severity, h.severity);
      const merged = { ...last, end: Math.max(last.end, h.end) };
      if (severity) merged.severity = severity;
      else delete merged.severity;
      out[out.length - 1] = merged;
    } else out.push(h);
  }
  return out;
}

/**
 * Line starts of a text, found once per analysis and only as far as a finding needs (a pasted book's
 * findings are all near its start); a finding's line is then a binary search.
 */
function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  let next = text.indexOf('\n');
  return (offset) => {
    while (next !== -1 && next < offset) {
      starts.push(next + 1);
      next = text.indexOf('\n', next + 1);
    }
    const line = lastAtOrBefore(starts, offset);
    return { line: line + 1, column: offset - (starts[line] as number) + 1 };
  };
}

function hasNeeds(rule: CompiledRule, ctx: ResolvedContext): boolean {
  for (const need of rule.spec.needs ?? []) {
    const ok =
      need === 'programs'
        ? ctx.programs.length > 0
        : need === 'recipientProgram'
          ? !!ctx.recipient
          : need === 'profile'
            ? !!ctx.raw.profile
            : need === 'ledger'
              ? Array.isArray(ctx.raw.ledger)
              : need === 'today'
                ? !!ctx.today
                : need === 'subject'
                  ? typeof ctx.raw.subject === 'string'
                  : // `to`: any recipient, To or Cc (a mass mailing may put every program in Cc).
                    (ctx.raw.to?.length ?? 0) + (ctx.raw.cc?.length ?? 0) > 0;
    if (!ok) return false;
  }
  return true;
}

function applies(rule: CompiledRule, kind: DraftKind, ctx: ResolvedContext): boolean {
  const s = rule.spec;
  if (ctx.raw.disabledRules?.includes(rule.id)) return false;
  if (s.kinds && !s.kinds.includes(kind)) return false;
  if (s.notKinds?.includes(kind)) return false;
  if (s.phases && (!ctx.phase || !s.phases.includes(ctx.phase))) return false;
  if (ctx.phase && s.notPhases?.includes(ctx.phase)) return false;
  return hasNeeds(rule, ctx);
}

/**
 * Forgets what every analyzer shares by text (sentence splits, word counts, the classifier's and the
 * sentence model's reading of each sentence, the all-caps words of each paragraph and the status claims of
 * each sentence; not normalize()'s last few long texts):
 * for a benchmark's cold run. Analyzers never need it; the caches bound themselves.
 */
export function resetSharedCaches(): void {
  clearSentenceCache();
  clearReadings();
  decodedSentenceModel()?.clearCache();
  clearShouted();
  clearClaimed();
}

export interface AnalyzerOptions {
  /**
   * The sentence layer to read intents with; default the shipped model (once its weights are provided:
   * src/analyzer/index.ts does it), null for patterns only, or a function
   * giving the model once it is ready (null until then): the extension decodes the weights at idle, so a
   * compose opened right after page load is analysed with patterns first and read again when they are.
   */
  sentences?: SentenceModel | null | (() => SentenceModel | null);
  /**
   * Decide the draft kind from the sentence readings rather than the cue tables. Off by default: measured on
   * held-out writers and the labeled draft sets it is still below the cue tables (docs/accuracy.md).
   */
  kindFromSentences?: boolean;
}

export function createAnalyzer(rules: readonly CompiledRule[], options: AnalyzerOptions = {}): Analyzer {
  const textRules = rules.filter(isTextRule);
  const literals = literalIndexOf(textRules, rules);
  const byId = new Map(rules.map((r) => [r.id, r]));
  // The model is decoded on first use (engine warm-up does it at idle), not when the analyzer is made.
  const source = options.sentences;
  /** The model for this analysis: decided once per analyze() call. */
  let model_: SentenceModel | null = null;
  const currentModel = (): SentenceModel | null =>
    typeof source === 'function' ? source() : source === undefined ? availableSentenceModel() : source;
  const reader: SentenceReader = (sentence, label) => model_?.probability(sentence, label) ?? 0;
  const kindFromSentences = options.kindFromSentences ?? false;
  const usesIntents = options.sentences !== null && rules.some((r) => r.spec.intent);
  const cache = new Map<string, Map<string, ParagraphResult | Error>>();
  const stats = { paragraphsMatched: 0 };

  /** Whether the draft being analysed is written before any interview with its recipient: set per analysis. */
  let beforeInterview: () => boolean = () => false;

  /** This analysis's results by paragraph: every text rule asks for its paragraph's, so the key is built once. */
  let seenThisAnalysis = {
    author: new WeakMap<Paragraph, Map<string, ParagraphResult | Error>>(),
    'program-message': new WeakMap<Paragraph, Map<string, ParagraphResult | Error>>(),
  };

  function paragraphResults(p: Paragraph, scope: 'author' | 'program-message') {
    const memo = seenThisAnalysis[scope].get(p);
    if (memo) return memo;
    const results = cachedResults(p, scope);
    seenThisAnalysis[scope].set(p, results);
    return results;
  }

  function cachedResults(p: Paragraph, scope: 'author' | 'program-message') {
    const nlpReady = getNlp() ? 1 : 0;
    const read = usesIntents && model_ ? 1 : 0;
    const key = `${scope}\u0000${p.role}\u0000${nlpReady}${read}\u0000${p.text}`;
    let results = cache.get(key);
    if (!results) {
      results = new Map();
      const prepared = new PreparedParagraph(p, usesIntents && model_ ? reader : null, literals);
      for (const r of textRules) {
        if ((r.spec.scope ?? 'author') !== scope) continue;
        try {
          results.set(r.id, matchParagraph(r, prepared));
        } catch (e) {
          results.set(r.id, e instanceof Error ? e : new Error(String(e)));
        }
      }
      stats.paragraphsMatched++;
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(key, results);
    }
    return results;
  }

  /** Collects a text rule's hits over a set of paragraphs, applying draft-unit conditions and minCount. */
  function textHits(rule: CompiledRule, paragraphs: Paragraph[], scope: 'author' | 'program-message'): Hit[] {
    const m = rule.spec.match;
    const unit = ('unit' in m ? m.unit : undefined) ?? 'sentence';
    const hits: Hit[] = [];
    const allSeen = rule.all.map(() => false);
    let unlessSeen = false;
    for (const p of paragraphs) {
      const r = paragraphResults(p, scope).get(rule.id);
      if (!r) continue;
      if (r instanceof Error) throw r;
      for (const h of r.hits)
        hits.push({ start: p.start + h.start, end: p.start + h.end, severity: h.severity });
      r.allSeen.forEach((seen, i) => {
        if (seen) allSeen[i] = true;
      });
      if (r.unlessSeen) unlessSeen = true;
    }
    if (unit === 'draft' && (unlessSeen || !allSeen.every(Boolean))) return [];
    if (hits.length && rule.beforeInterviewNeeds.length && scope === 'author' && beforeInterview()) {
      const kept = hits.filter((h) => {
        const text = normalize(sentenceTextAt(paragraphs, h.start)).text;
        return rule.beforeInterviewNeeds.some((re) => {
          re.lastIndex = 0;
          return re.test(text);
        });
      });
      hits.length = 0;
      hits.push(...kept);
    }
    if (hits.length && rule.unlessDraft.length) {
      for (const p of paragraphs) {
        const text = normalize(p.text).text;
        for (const re of rule.unlessDraft) {
          re.lastIndex = 0;
          if (re.test(text)) return [];
        }
      }
    }
    const minCount = 'minCount' in m ? (m.minCount ?? 1) : 1;
    return hits.length >= minCount ? hits : [];
  }

  function analyze(draft: string, context: Context = {}): Report {
    const text = typeof draft === 'string' ? draft : '';
    seenThisAnalysis = { author: new WeakMap(), 'program-message': new WeakMap() };
    const ctx = resolveContext(context ?? {});
    const model = buildTextModel(text, { maxChars: MAX_MODELED_CHARS });
    // The kind is decided from the opening of the draft: the first paragraphs say what an email is for.
    const opening = { ...model, paragraphs: clip(model.paragraphs, MAX_MATCHED_CHARS) };
    const interviewDate = ctx.recipient?.interviewDate;
    const kindOpts = {
      subject: ctx.raw.subject,
      isReply: ctx.raw.isReply,
      thread: ctx.raw.thread,
      interviewAhead: !!(interviewDate && ctx.today && interviewDate > ctx.today),
      interviewPast: !!(interviewDate && ctx.today && interviewDate < ctx.today),
      interviewsOver: ctx.phase === 'after-rank-deadline',
      afterMatch: ctx.phase === 'after-match',
      matchWeek: ctx.phase === 'match-week',
    };
    let before: boolean | undefined;
    beforeInterview = () =>
      (before ??= beforeAnyInterview(model, {
        interviewAhead: kindOpts.interviewAhead,
        interviewPast: kindOpts.interviewPast,
        phase: ctx.phase,
      }));
    model_ = usesIntents || kindFromSentences ? currentModel() : null;
    const kind =
      (kindFromSentences && model_ ? kindFromReadings(opening, kindOpts, model_) : null) ??
      classifyDraft(opening, kindOpts);

    // The program's message: a separately supplied thread, else the quote inside the body.
    const external = typeof ctx.raw.thread === 'string' && ctx.raw.thread.trim() ? ctx.raw.thread : null;
    const threadModel: TextModel = buildTextModel(external ?? model.quotedText, {
      thread: true,
      maxChars: MAX_MODELED_CHARS,
    });
    const threadParas = clip(threadModel.paragraphs, MAX_MATCHED_CHARS).map((p) =>
      p.role === 'body' ? p : { ...p, role: 'body' as const },
    );
    const authorParas = clip(model.paragraphs, MAX_MATCHED_CHARS);
    // The signature block as paragraphs, for rules that read it: built once per analysis, when first needed.
    let signed: Paragraph[] | undefined;
    const withSignature = () => (signed ??= [...authorParas, ...signatureParagraphs(model)]);
    const threadTarget: FindingTarget = external ? 'thread' : 'draft';
    const threadToDraft = (offset: number) =>
      external
        ? offset
        : (model.quotedOffsets[offset] ?? model.quotedOffsets[model.quotedOffsets.length - 1] ?? 0);

    const findings: Finding[] = [];
    const failedRules: { ruleId: string; error: string }[] = [];
    const seen = new Set<string>();
    const perRule = new Map<string, number>();
    const draftLines = lineIndex(text);
    let threadLines: ((o: number) => { line: number; column: number }) | null = null;
    const add = (rule: CompiledRule, h: Hit, target: FindingTarget, source: string) => {
      const key = `${rule.id}:${target}:${h.start}:${h.end}`;
      if (seen.has(key)) return;
      const n = perRule.get(rule.id) ?? 0;
      if (n >= MAX_FINDINGS_PER_RULE) return;
      perRule.set(rule.id, n + 1);
      seen.add(key);
      if (source !== text && !threadLines) threadLines = lineIndex(source);
      const locate = source === text ? draftLines : (threadLines ?? draftLines);
      const { line, column } = locate(h.start);
      const severity = h.severity ?? rule.spec.severity;
      findings.push({
        ruleId: rule.id,
        severity:
          severity === 'error' && rule.spec.milderBeforeInterview && kindOpts.interviewAhead
            ? 'warning'
            : severity,
        message: fill(rule.spec.message, h.vars),
        why: fill(rule.spec.why, h.vars),
        source: rule.spec.source,
        line,
        column,
        start: h.start,
        end: h.end,
        excerpt: source.slice(h.start, h.end).slice(0, 200),
        target,
      });
    };

    /** A rule's context check, run on the draft: its hits are the author's words. */
    const runCheck = (rule: CompiledRule, name: string, params: Record<string, unknown> = {}) => {
      const check = CHECKS[name];
      if (!check) throw new Error(`unknown context check "${name}"`);
      for (const h of check({ model, kind, ctx, params })) add(rule, h, 'draft', text);
    };

    for (const rule of rules) {
      if (!applies(rule, kind, ctx)) continue;
      try {
        const m = rule.spec.match;
        if (rule.spec.scope === 'program-message') {
          if (!isTextRule(rule)) continue;
          for (const h of mergeHits(textHits(rule, threadParas, 'program-message'))) {
            const start = threadToDraft(h.start);
            const end = Math.max(start, threadToDraft(h.end - 1) + 1);
            add(rule, { start, end, severity: h.severity }, threadTarget, external ?? text);
          }
          // The program's question told back in the applicant's own words is read in the draft.
          if (m.kind === 'regex' && m.check) runCheck(rule, m.check);
        } else if (isTextRule(rule)) {
          const paras = rule.spec.readsSignature ? withSignature() : authorParas;
          for (const h of mergeHits(textHits(rule, paras, 'author'))) add(rule, h, 'draft', text);
          if (m.kind === 'regex' && m.check) runCheck(rule, m.check);
        } else if (m.kind === 'metric') {
          for (const h of runMetric(rule, model, kind)) add(rule, h, 'draft', text);
        } else if (m.kind === 'context') {
          runCheck(rule, m.check, m.params);
        }
      } catch (e) {
        failedRules.push({ ruleId: rule.id, error: e instanceof Error ? e.message : String(e) });
      }
    }

    const shown = dropSubsumed(findings, byId);
    shown.sort(
      (a, b) =>
        (a.target === b.target ? 0 : a.target === 'draft' ? -1 : 1) ||
        a.start - b.start ||
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        a.ruleId.localeCompare(b.ruleId),
    );
    const report: Report = { kind, findings: shown };
    if (failedRules.length) report.failedRules = failedRules;
    if (
      authorParas.length < model.paragraphs.length ||
      authorParas.at(-1) !== model.paragraphs.at(-1) ||
      (model.rest?.words ?? 0) > 0
    ) {
      report.truncatedAt = authorParas.at(-1)?.end ?? 0;
    }
    return report;
  }

  return { analyze, rules, stats };
}
