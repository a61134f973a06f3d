/**
 * The meta-test: conventions every rule file keeps, with failures in plain sentences.
 * The ReDoS check runs recheck on every regex; verdicts are memoised by exact source in
 * tests/unit/redos-verified.json (a regex that changes is checked again).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { check as recheck } from 'recheck';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/analyzer';
import { compileRule, type RuleFileError } from '../../src/analyzer/catalogue';
import { normalizePhrase } from '../../src/analyzer/normalize';
import { expandMacros } from '../../src/analyzer/regex';
import { rulesMarkdown } from '../../src/cli/rules-doc';

const REQUIRED: Record<string, string> = {
  'ask-rank-position': 'error',
  'request-commitment': 'error',
  'binding-promise': 'error',
  'conditional-ranking': 'error',
  'outside-match-deal': 'error',
  'duplicate-letter-of-intent': 'error',
  'disclose-other-programs': 'warning',
  'backup-plan': 'warning',
  'unfilled-placeholder': 'error',
  'wrong-program-name': 'error',
  'pd-name-mismatch': 'warning',
  'generic-message': 'suggestion',
  'informal-salutation': 'warning',
  'missing-aamc-id': 'suggestion',
  'mass-email-recipients': 'error',
  'desperate-tone': 'warning',
  'overly-emotional': 'warning',
  'excessive-exclamation': 'suggestion',
  'casual-language': 'warning',
  'excessive-apology': 'suggestion',
  hedging: 'suggestion',
  'negative-remarks': 'warning',
  'all-caps': 'suggestion',
  'pressure-program': 'warning',
  'too-long': 'warning',
  'long-paragraph': 'suggestion',
  'long-sentence': 'suggestion',
  'missing-subject': 'warning',
  'no-new-information': 'warning',
  'after-rank-deadline': 'suggestion',
  'no-post-interview-contact': 'warning',
};

function regexesOf(r: (typeof CATALOGUE)[number]): string[] {
  const m = r.spec.match;
  const list: string[] = [];
  if (m.kind === 'regex') list.push(...m.patterns, ...(m.all ?? []), ...(m.unless ?? []));
  if (m.kind === 'phrases' || m.kind === 'pattern') list.push(...(m.unless ?? []));
  if (m.kind === 'pattern' && m.prefilter) list.push(m.prefilter);
  list.push(
    ...(r.spec.intent?.about ?? []),
    ...(r.spec.unlessDraft ?? []),
    ...(r.spec.beforeInterviewNeeds ?? []),
  );
  return list;
}

describe('the catalogue', () => {
  it('holds at least 35 rules', () => {
    expect(CATALOGUE.length, `only ${CATALOGUE.length} rules in rules/`).toBeGreaterThanOrEqual(35);
  });

  it.each(Object.entries(REQUIRED))('contains %s with severity %s (DESIGN §4.2)', (id, severity) => {
    const rule = CATALOGUE.find((r) => r.id === id);
    expect(rule, `rules/${id}.yml is missing`).toBeDefined();
    expect(rule?.spec.severity, `rules/${id}.yml should be ${severity}`).toBe(severity);
  });
});

describe.each(CATALOGUE.map((r) => [r.file, r] as const))('%s', (file, rule) => {
  it('has an https source link and a title for it', () => {
    expect(rule.spec.source.url.startsWith('https://'), `${file}: the source link must be https`).toBe(true);
  });
  it('has a card headline of at most 8 words and a summary of at most 25 (review P2)', () => {
    const words = (t: string) => t.trim().split(/\s+/).length;
    expect(words(rule.spec.title), `${file}: title "${rule.spec.title}"`).toBeLessThanOrEqual(8);
    expect(words(rule.spec.summary ?? ''), `${file}: summary "${rule.spec.summary}"`).toBeLessThanOrEqual(25);
  });
  it('words its message as a hedge, not a verdict', () => {
    const bad = /\b(?:this is a violation|you violated|is illegal|is forbidden|you must never)\b/i.exec(
      rule.spec.message,
    );
    expect(
      bad?.[0],
      `${file}: the message says "${bad?.[0]}"; say "may conflict with…" instead`,
    ).toBeUndefined();
  });
  it('has a card sentence of at most 25 words, without placeholders', () => {
    const summary = rule.spec.summary ?? '';
    expect(summary, `${file}: add a \`summary:\` (the card's one plain sentence)`).not.toBe('');
    const words = summary.split(/\s+/).length;
    expect(words, `${file}: the summary has ${words} words; keep it to 25`).toBeLessThanOrEqual(25);
    expect(summary, `${file}: the summary is shown as is; it cannot fill {placeholders}`).not.toMatch(/[{}]/);
  });
  it('offers a sentence to write instead when it is an error-level Match-policy rule', () => {
    if (rule.spec.category !== 'match-policy' || rule.spec.severity === 'suggestion') return;
    expect(rule.spec.tryInstead, `${file}: add \`tryInstead:\` in our own words`).toBeTruthy();
  });
  it('names no program in its words (users copy examples)', () => {
    const text = [rule.spec.message, rule.spec.summary, rule.spec.tryInstead].join(' ');
    expect(text, `${file}: an example names a program`).not.toMatch(
      /\b(?:Ironwood|Riverbend|Northlake|Valley|Health|Medical Center)\b/,
    );
  });
  it('explains why in one sentence', () => {
    const sentences = rule.spec.why.split(/(?<=[.!?])\s+(?=[A-Z])/).length;
    expect(sentences, `${file}: "why" should be one sentence, it has ${sentences}`).toBe(1);
  });
  it('has examples of both kinds', () => {
    expect(
      rule.spec.examples.fire.length,
      `${file}: needs at least 3 examples that fire`,
    ).toBeGreaterThanOrEqual(3);
    expect(rule.spec.examples.pass.length, `${file}: needs at least 3 near-misses`).toBeGreaterThanOrEqual(3);
  });
  it('answers quickly on hostile input (no regex takes over 50 ms on 20,000 characters)', () => {
    const hostile = [
      'where '.repeat(3000),
      'a'.repeat(20000),
      `${'I '.repeat(5000)}!`,
      ' '.repeat(20000),
      'rank me '.repeat(2500),
    ];
    for (const src of regexesOf(rule)) {
      const re = new RegExp(expandMacros(src), 'giu');
      for (const h of hostile) {
        // CPU time, not wall time: a loaded machine must not make this test flaky.
        const t = process.cpuUsage();
        re.lastIndex = 0;
        for (let m = re.exec(h); m; m = re.exec(h)) if (m[0].length === 0) re.lastIndex++;
        const used = process.cpuUsage(t);
        const ms = (used.user + used.system) / 1000;
        expect(ms, `${file}: /${src}/ took ${ms.toFixed(0)} ms on hostile input`).toBeLessThan(50);
      }
    }
  });
});

describe('phrases', () => {
  it('no phrase appears in two rules', () => {
    const owner = new Map<string, string>();
    const dupes: string[] = [];
    for (const r of CATALOGUE) {
      const m = r.spec.match;
      if (m.kind !== 'phrases') continue;
      for (const p of m.phrases) {
        const key = normalizePhrase(p);
        const prev = owner.get(key);
        if (prev && prev !== r.id) dupes.push(`"${p}" is in both ${prev} and ${r.id}`);
        owner.set(key, r.id);
      }
    }
    expect(dupes, dupes.join('; ')).toEqual([]);
  });
});

describe('catastrophic backtracking', () => {
  const cachePath = new URL('./redos-verified.json', import.meta.url);
  /**
   * recheck's verdict per regex: "safe", or "polynomial-N" (bounded word gaps make some patterns polynomial;
   * their real cost is measured on hostile input above), or "exponential" (fails). Verdicts are memoised by
   * exact source, written after every batch so an interrupted run keeps what it learned.
   */
  it('recheck finds no regex in any rule with exponential backtracking', { timeout: 900_000 }, async () => {
    const cache: Record<string, string> = existsSync(cachePath)
      ? JSON.parse(readFileSync(cachePath, 'utf8'))
      : {};
    const todo = new Map<string, string>();
    for (const r of CATALOGUE)
      for (const src of regexesOf(r)) todo.set(`iu /${expandMacros(src)}/`, `${r.file}: /${src}/`);
    // "unknown" (recheck gave up in time) is remembered too, so CI never spends its time re-trying it; such
    // patterns are covered by the hostile-input timing test. Delete an entry to have it checked again.
    const known = (v: string | undefined) =>
      v === 'safe' || v === 'exponential' || v === 'unknown' || /^polynomial-\d+$/.test(v ?? '');
    const pending = [...todo.keys()].filter((k) => !known(cache[k]));
    const save = () => {
      if (process.env.CI === 'true') return;
      const next = Object.fromEntries(
        [...todo.keys()].sort().map((k) => [k, cache[k] ?? 'unknown'] as const),
      );
      writeFileSync(cachePath, `${JSON.stringify(next, null, 1)}\n`);
    };
    for (let i = 0; i < pending.length; i += 4) {
      await Promise.all(
        pending.slice(i, i + 4).map(async (k) => {
          // No attack/incubation timeouts: verdicts must not depend on how loaded the machine is.
          const res = await recheck(k.slice(4, -1), 'iu', {
            timeout: 30_000,
            attackTimeout: null,
            incubationTimeout: null,
          });
          if (res.status === 'safe') cache[k] = 'safe';
          else if (res.status === 'vulnerable') {
            const c = res.complexity as { type: string; degree?: number };
            cache[k] = c.type === 'exponential' ? 'exponential' : `polynomial-${c.degree ?? 2}`;
          } else cache[k] = 'unknown';
        }),
      );
      save();
    }
    save();
    const unverified = [...todo.entries()].filter(([k]) => cache[k] === 'unknown').map(([, where]) => where);
    if (unverified.length)
      console.warn(`recheck could not decide in time (timing-tested instead):\n${unverified.join('\n')}`);
    const bad = [...todo.entries()]
      .filter(([k]) => cache[k] === 'exponential')
      .map(([, where]) => `${where} backtracks exponentially`);
    expect(bad, bad.join('\n')).toEqual([]);
  });
});

describe('malformed rule files fail naming the file and the field', () => {
  const good = {
    severity: 'warning',
    category: 'tone',
    title: 't',
    message: 'm',
    why: 'w.',
    source: { title: 's', url: 'https://example.org/' },
    match: { kind: 'phrases', phrases: ['abc'] },
    examples: { fire: ['abc', 'abc.', 'abc!'], pass: ['x', 'y', 'z'] },
  };
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ['a bad severity', { ...good, severity: 'fatal' }, /rules\/x\.yml: field "severity"/],
    ['a missing message', { ...good, message: undefined }, /rules\/x\.yml: field "message" is missing/],
    [
      'a broken regex',
      { ...good, match: { kind: 'regex', patterns: ['(unclosed'] } },
      /field "match\.patterns\[0\]" is not a valid regular expression/,
    ],
    [
      'too few near-misses',
      { ...good, examples: { fire: ['a', 'b', 'c'], pass: ['x'] } },
      /field "examples\.pass"/,
    ],
    ['an http link', { ...good, source: { title: 's', url: 'http://example.org/' } }, /field "source\.url"/],
    [
      'an unknown check',
      { ...good, match: { kind: 'context', check: 'nope' } },
      /field "match\.check" names no known check "nope"/,
    ],
    [
      'an id that is not the file name',
      { ...good, id: 'other' },
      /field "id" is "other" but the file name says "x"/,
    ],
    ['an unknown field', { ...good, colour: 'red' }, /rules\/x\.yml: field "colour"/],
  ];
  it.each(cases)('%s', (_name, data, expected) => {
    expect(() => compileRule({ file: 'rules/x.yml', data })).toThrow(expected);
    try {
      compileRule({ file: 'rules/x.yml', data });
    } catch (e) {
      expect((e as RuleFileError).name).toBe('RuleFileError');
    }
  });
});

describe('RULES.md', () => {
  it('is generated from the current rule files (run `npm run rules:doc`)', () => {
    const onDisk = existsSync('RULES.md') ? readFileSync('RULES.md', 'utf8') : '';
    expect(onDisk === rulesMarkdown(CATALOGUE), 'RULES.md is stale: run `npm run rules:doc`').toBe(true);
  });
});
