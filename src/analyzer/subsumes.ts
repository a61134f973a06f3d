/**
 * One sentence, one card: where a rule that contains others (`subsumes` in its YAML) fires on the same words
 * as one of them (its words include the other finding's), at the same or a higher severity, the contained
 * rule's finding is dropped. A conditional deal ("if you can assure me a place, I'll rank you first") is also
 * a request for a commitment, but the applicant needs the one card that names the whole problem, not two
 * errors on one sentence. A contained finding that is more severe than its container is kept. With
 * `subsumesMilder` the other finding is dropped only when it is strictly milder.
 */
import type { CompiledRule } from './catalogue';
import type { Finding } from './types';

const SEVERITY_RANK = { error: 0, warning: 1, suggestion: 2 } as const;

/** The container's words include all of the other finding's: a clause-long container leaves a whole-sentence finding be. */
const covers = (c: Finding, f: Finding) => c.target === f.target && c.start <= f.start && f.end <= c.end;

/** Whether container `c` drops finding `f`: `subsumes` at the same or a higher severity, `subsumesMilder` only higher. */
function drops(c: Finding, f: Finding, rules: ReadonlyMap<string, CompiledRule>): boolean {
  const spec = rules.get(c.ruleId)?.spec;
  if (!spec || c === f || !covers(c, f)) return false;
  const rank = SEVERITY_RANK[c.severity] - SEVERITY_RANK[f.severity];
  return (
    (!!spec.subsumes?.includes(f.ruleId) && rank <= 0) ||
    (!!spec.subsumesMilder?.includes(f.ruleId) && rank < 0)
  );
}

export function dropSubsumed(findings: Finding[], rules: ReadonlyMap<string, CompiledRule>): Finding[] {
  const containers = findings.filter((f) => {
    const spec = rules.get(f.ruleId)?.spec;
    return !!(spec?.subsumes?.length || spec?.subsumesMilder?.length);
  });
  if (containers.length === 0) return findings;
  return findings.filter((f) => !containers.some((c) => drops(c, f, rules)));
}
