declare module 'virtual:matchmail-rules' {
  const sources: { file: string; data: unknown; literals?: string[][][] }[];
  export default sources;
}

/** The same catalogue compiled at build time (scripts/vite-rules-plugin.ts): what the engine runs with. */
declare module 'virtual:matchmail-catalogue' {
  const catalogue: import('./analyzer/catalogue').CompiledRule[];
  export default catalogue;
}
