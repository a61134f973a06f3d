export interface RuleSource {
  file: string;
  data: unknown;
}
export function readRuleSources(dir: string): RuleSource[];
export const RULES_MODULE_ID: 'virtual:matchmail-rules';
export function rulesModuleSource(dir: string): string;
export const CATALOGUE_MODULE_ID: 'virtual:matchmail-catalogue';
export function esbuildRulesPlugin(root: string): import('esbuild').Plugin;
