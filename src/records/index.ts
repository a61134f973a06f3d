/**
 * The pure side of the records: schemas, import/export, CSV, the analyzer context, the letter-of-intent
 * guard. Storage lives in ./storage (extension only), so the CLI can import this without `browser`.
 */

export { type ComposeInfo, isCheckingOn, localIsoDate, toAnalyzerContext } from './analyzer-context';
export { type CsvRecord, type CsvResult, detectSeparator, parseCsv } from './csv';
export { type DecodedCsv, decodeCsvBytes } from './csv-bytes';
export {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportOptions,
  exportRecords,
  type ImportResult,
  importRecords,
} from './export-file';
export { describeIssues, issuePath } from './issues';
export {
  checkLetterOfIntent,
  type LetterOfIntentCheck,
  type OverrideResult,
  recordOverride,
} from './letter-of-intent-guard';
export { personFromAnyShape, programsV1toV2 } from './migrations';
export {
  csvTooLong,
  MAX_CSV_BYTES,
  MAX_CSV_PROGRAMS,
  type MergePlan,
  mergePrograms,
  type ProgramsCsvResult,
  programsFromCsv,
  programsFromCsvInSlices,
  splitList,
} from './programs-csv';
export * from './schemas';
