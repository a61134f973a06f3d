declare module 'virtual:matchmail-rules' {
  const sources: { file: string; data: unknown; literals?: string[][][] }[];
  export default sources;
}
