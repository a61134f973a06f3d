import { describe, expect, it } from 'vitest';
import { analyze, CATALOGUE } from '../../src/analyzer';
import { dropSubsumed } from '../../src/analyzer/subsumes';
import type { Finding } from '../../src/analyzer/types';

const byId = new Map(CATALOGUE.map((r) => [r.id, r]));
const finding = (ruleId: string, severity: Finding['severity'], start: number, end: number): Finding => ({
  ruleId,
  severity,
  message: '',
  why: '',
  source: { title: '', url: '' },
  line: 1,
  column: start + 1,
  start,
  end,
  excerpt: '',
  target: 'draft',
});

describe('one sentence, one card: a rule that contains others drops theirs on the same words', () => {
  it('a conditional deal shows as conditional-ranking, not also as the request it is made of', () => {
    const draft =
      'Dear Dr. Lee,\n\nThank you for the interview day.\n\nIf you can assure me that I will match at Harbor Glen, I will rank Harbor Glen first.\n\nBest,\nSam';
    const ids = analyze(draft).findings.map((f) => f.ruleId);
    expect(ids).toContain('conditional-ranking');
    expect(ids).not.toContain('request-commitment');
  });

  it('an offer to sign outside the Match shows as outside-match-deal only', () => {
    const draft =
      'Dear Dr. Lee,\n\nIf there is any way to offer me a position now, before the Match, I am ready to sign a contract immediately.\n\nBest,\nSam';
    const ids = analyze(draft).findings.map((f) => f.ruleId);
    expect(ids).toContain('outside-match-deal');
    expect(ids).not.toContain('request-commitment');
  });

  it('keeps a contained finding that is more severe than its container', () => {
    const shown = dropSubsumed(
      [finding('conditional-ranking', 'warning', 10, 60), finding('request-commitment', 'error', 10, 60)],
      byId,
    );
    expect(shown.map((f) => f.ruleId)).toEqual(['conditional-ranking', 'request-commitment']);
  });

  it('keeps a finding whose words reach beyond the container (another clause, another problem)', () => {
    const shown = dropSubsumed(
      [finding('conditional-ranking', 'error', 10, 40), finding('request-commitment', 'error', 10, 90)],
      byId,
    );
    expect(shown).toHaveLength(2);
  });

  it('drops only the rules a container names', () => {
    const shown = dropSubsumed(
      [
        finding('conditional-ranking', 'error', 0, 50),
        finding('ask-rank-position', 'error', 0, 50),
        finding('pressure-program', 'warning', 0, 50),
      ],
      byId,
    );
    expect(shown.map((f) => f.ruleId)).toEqual([
      'conditional-ranking',
      'ask-rank-position',
      'pressure-program',
    ]);
  });
});

describe('subsumesMilder: a milder reading of the same words is dropped, an equal one kept', () => {
  it('a rank question put as help with finalizing the list shows as the rank question only', () => {
    const shown = dropSubsumed(
      [finding('ask-rank-position', 'error', 0, 80), finding('conditional-ranking', 'warning', 0, 80)],
      byId,
    );
    expect(shown.map((f) => f.ruleId)).toEqual(['ask-rank-position']);
  });

  it('keeps a conditional-ranking error beside a rank-question error (both meant)', () => {
    const shown = dropSubsumed(
      [finding('ask-rank-position', 'error', 0, 80), finding('conditional-ranking', 'error', 0, 80)],
      byId,
    );
    expect(shown).toHaveLength(2);
  });

  it('in a draft: no conditional-ranking card beside the rank question', () => {
    const draft =
      "Dear Dr. Lee,\n\nThank you again for the interview day in December.\n\nI'll be finalizing my list over the holidays, so it would help to know before then whether I'm realistically in the running at Harbor Glen.\n\nBest,\nSam";
    const ids = analyze(draft).findings.map((f) => f.ruleId);
    expect(ids).toContain('ask-rank-position');
    expect(ids).not.toContain('conditional-ranking');
  });
});

it('every rule a container names exists, and no rule contains itself', () => {
  for (const r of CATALOGUE)
    for (const id of [...(r.spec.subsumes ?? []), ...(r.spec.subsumesMilder ?? [])]) {
      expect(byId.has(id), `${r.id} subsumes unknown rule ${id}`).toBe(true);
      expect(id).not.toBe(r.id);
    }
});
