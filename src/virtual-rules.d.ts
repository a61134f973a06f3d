declare module 'virtual:matchmail-rules' {
  const sources: { file: string; data: unknown }[];
  export default sources;
}
