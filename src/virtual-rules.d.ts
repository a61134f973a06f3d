declare module 'virtual:matchmail-rules' {
  const sources: { file: string; data: unknown; literals?: string[][][] }[];
  export default sources;
}

/** The same catalogue compiled at build time (scripts/vite-rules-plugin.ts): what the engine runs with. */
declare module 'virtual:matchmail-catalogue' {
  const catalogue: import('./analyzer/catalogue').CompiledRule[];
  export default catalogue;
}

/** Each rule's id, title, summary and severity (scripts/vite-rules-plugin.ts): what the options page lists. */
declare module 'virtual:matchmail-rule-titles' {
  const titles: {
    id: string;
    title: string;
    summary: string;
    severity: 'error' | 'warning' | 'suggestion';
  }[];
  export default titles;
}
