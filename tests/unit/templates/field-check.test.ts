import { describe, expect, it } from 'vitest';
import { cleanAnswer, fieldProblem } from '../../../src/ui/template-field-check';

describe('template form answers (TP2)', () => {
  it('an AAMC ID is 8 digits; the spaces it is copied with are dropped', () => {
    expect(fieldProblem('profile.aamcId', 'my aamcId')).toBe('Must be 8 digits, e.g. 14285739.');
    expect(fieldProblem('profile.aamcId', '1482057')).toBe('Must be 8 digits, e.g. 14285739.');
    expect(fieldProblem('profile.aamcId', '1482 0573')).toBeNull();
    expect(cleanAnswer('profile.aamcId', ' 1482 0573 ')).toBe('14820573');
  });
  it('names are letters; a score is a number; nothing is empty or a placeholder', () => {
    expect(fieldProblem('interviewer.lastName', "O'Brien-Castellanos")).toBeNull();
    expect(fieldProblem('profile.name', 'Zoë Ng')).toBeNull();
    expect(fieldProblem('profile.name', '14820573')).toBe('Must be a name, in letters.');
    expect(fieldProblem('score.value', '251')).toBeNull();
    expect(fieldProblem('score.value', 'two fifty')).toBe('Must be a number, e.g. 251.');
    expect(fieldProblem('program.liked', '  ')).toBe('Fill this in.');
    expect(fieldProblem('program.name', '[Program Name]')).toBe('Write the real words, not a placeholder.');
    expect(fieldProblem('program.liked', 'the simulation sessions')).toBeNull();
  });
});
