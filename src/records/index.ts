/**
 * The pure side of the records: schemas, import/export, CSV, the analyzer context, the letter-of-intent
 * guard. Storage lives in ./storage (extension only), so the CLI can import this without `browser`.
 */
export * from './schemas';
export { describeIssues, issuePath } from './issues';
export { personFromAnyShape, programsV1toV2 } from './migrations';
export { EXPORT_FORMAT, EXPORT_VERSION, type ExportOptions, type ImportResult, exportRecords, importRecords } from './export-file';
export { type CsvRecord, type CsvResult, detectSeparator, parseCsv } from './csv';
export { type ProgramsCsvResult, mergePrograms, programsFromCsv, splitList } from './programs-csv';
export { type ComposeInfo, isCheckingOn, localIsoDate, toAnalyzerContext } from './analyzer-context';
export {
  type LetterOfIntentCheck,
  type OverrideResult,
  checkLetterOfIntent,
  recordOverride,
} from './letter-of-intent-guard';
