/**
 * Capacity reports: from run folders (and session folders of them) to one
 * page that says how many users the stage carries, which limit breaks
 * first, what it costs, and whether the runs pass — as `index.html`,
 * `report.md` and `report.json`. Reads run folders only; never talks to a
 * stage.
 */
export {
  CAPACITY_FILE_VERSION,
  type CapacityFile,
  CapacityFileError,
  CapacityFileSchema,
  parseCapacityFile,
  readCapacityFile,
} from './capacity-file.ts';
export { SampleError } from './ingest/samples.ts';
export { SummaryError } from './ingest/summary.ts';
export { AWS_PRICES, type Price, type PriceKey } from './prices.ts';
export {
  buildReport,
  REPORT_FILES,
  type ReportOptions,
  reportOf,
  writeReport,
} from './report.ts';
export { REPORT_SCHEMA, type Report, ReportSchema } from './report-schema.ts';
export { RunFolderError, readRunFolder, resolveRunFolders } from './run-folder.ts';
export { refusedOnPurpose } from './verdict.ts';
