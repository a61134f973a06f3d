/** RULES.md, generated from the rule data so the catalogue applicants and advisors read is never stale. */
import type { CompiledRule } from '../analyzer/catalogue';

const CATEGORY_TITLES: Record<string, string> = {
  'match-policy': 'Match policy',
  honesty: 'Honesty',
  personalization: 'Personalization and accuracy',
  tone: 'Tone',
  length: 'Length and structure',
  timing: 'Timing and program policy',
  'program-message': "The program's own message",
};

const cell = (s: string) => s.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();

export function rulesMarkdown(rules: readonly CompiledRule[]): string {
  const lines = [
    '# MatchMail rule catalogue',
    '',
    '<!-- Generated from rules/*.yml by `npm run rules:doc`; a test fails when this file is stale. -->',
    '',
    `${rules.length} rules. Severity: **error** may conflict with Match policy or is an objective mistake;`,
    '**warning** is risky or unprofessional; **suggestion** is style. Rules marked *context* need your',
    'profile, program list, ledger or the date, and stay silent without them.',
    '',
  ];
  for (const [cat, title] of Object.entries(CATEGORY_TITLES)) {
    const inCat = rules.filter((r) => r.spec.category === cat);
    if (!inCat.length) continue;
    lines.push(
      `## ${title}`,
      '',
      '| Rule | Severity | What it catches | Why | Source |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const r of inCat) {
      const ctx = r.spec.match.kind === 'context' || r.spec.phases || r.spec.needs ? ' (context)' : '';
      lines.push(
        `| \`${r.id}\` | ${r.spec.severity}${ctx} | ${cell(r.spec.title)} | ${cell(r.spec.why)} | [${cell(r.spec.source.title)}](${r.spec.source.url}) |`,
      );
    }
    lines.push('');
  }
  return `${lines.join('\n')}`;
}
