/**
 * The one generic test: every rule's own examples. "fire" examples must produce a finding of that rule;
 * "pass" examples (near-misses) must not. The failure names the rule file and quotes the example.
 */
import { describe, expect, it } from 'vitest';
import { analyze, CATALOGUE } from '../../src/analyzer';
import type { Context } from '../../src/analyzer/types';

function unpack(ex: string | { text: string; context?: Record<string, unknown> }): {
  text: string;
  context: Context;
} {
  return typeof ex === 'string'
    ? { text: ex, context: {} }
    : { text: ex.text, context: (ex.context ?? {}) as Context };
}

describe.each(CATALOGUE.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  it.each(rule.spec.examples.fire.map((e) => [unpack(e).text.slice(0, 70), e] as const))(
    'fires on: %s',
    (_t, ex) => {
      const { text, context } = unpack(ex);
      const report = analyze(text, context);
      expect(report.failedRules ?? [], `${rule.file}: a rule threw`).toEqual([]);
      const fired = report.findings.some((f) => f.ruleId === id);
      expect(
        fired,
        `${rule.file}: expected "${id}" to fire on: ${JSON.stringify(text)} (kind=${report.kind}; got ${report.findings.map((f) => f.ruleId).join(', ') || 'nothing'})`,
      ).toBe(true);
    },
  );
  it.each(rule.spec.examples.pass.map((e) => [unpack(e).text.slice(0, 70), e] as const))(
    'stays silent on: %s',
    (_t, ex) => {
      const { text, context } = unpack(ex);
      const report = analyze(text, context);
      const hit = report.findings.find((f) => f.ruleId === id);
      expect(
        hit,
        `${rule.file}: "${id}" must not fire on: ${JSON.stringify(text)} (it marked ${JSON.stringify(hit?.excerpt)})`,
      ).toBeUndefined();
    },
  );
});
