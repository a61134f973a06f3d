export interface SentenceRecord {
  author: string;
  writer?: string;
  email?: string;
  kind?: string;
  part?: string;
  text: string;
  labels: string[];
  file: string;
  line: number;
}
export interface TrainingSentence {
  author: string;
  group: string;
  text: string;
  labels: string[];
  only?: string[];
  except?: string[];
}
export const RULE_LABELS: Record<string, string>;
export const SENTENCE_PARTS: Set<string>;
export const PROGRAM_LABELS: string[];
export function sentenceFiles(root: string): string[];
export function readSentenceRecords(root: string): SentenceRecord[];
export function ruleExampleSentences(root: string): TrainingSentence[];
export function loadSentenceData(root: string): TrainingSentence[];
export function sentenceDataHash(root: string): string;
