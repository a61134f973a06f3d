/**
 * compromise is large (~150 kB gz) and costs ~150 ms to evaluate, so the core never imports it: Node entry
 * points register it eagerly, the content script registers it after first paint. Until then `pattern` rules
 * are reported as pending rather than silently passing.
 */
export interface NlpDoc {
  match(pattern: string): { json(opts: { offset: boolean }): unknown[] };
}
export type Nlp = (text: string) => NlpDoc;

let nlp: Nlp | null = null;

export function setNlp(fn: Nlp | null): void {
  nlp = fn;
}

export function getNlp(): Nlp | null {
  return nlp;
}
