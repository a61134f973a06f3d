/**
 * The options page lists the rules from a titles-only module (the rules plugin's `virtual:matchmail-rule-titles`),
 * so that it does not carry the catalogue: the list must be the catalogue's, rule for rule.
 */
import RULE_TITLES from 'virtual:matchmail-rule-titles';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/analyzer/catalogue-data';

describe('the rule titles the options page lists', () => {
  it('name every rule of the catalogue, with its title, summary and severity', () => {
    expect(RULE_TITLES).toEqual(
      CATALOGUE.map((r) => ({
        id: r.id,
        title: r.spec.title,
        summary: r.spec.summary ?? '',
        severity: r.spec.severity,
      })),
    );
    expect(RULE_TITLES.length).toBeGreaterThan(40);
  });
});
