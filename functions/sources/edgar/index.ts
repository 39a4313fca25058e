export {
  createEdgarHttpClient,
  EDGAR_DEFAULT_RPS,
  EDGAR_MAX_RPS_CEILING,
  EdgarClient,
  EdgarConfigError,
  MAX_SUBMISSION_BYTES,
  sharedEdgarHttpClient,
  validateMaxRps,
  validateUserAgent,
} from './client';
export { dailyIndexPath, parseFormIndex, parseMasterIndex } from './daily-index';
export { parseCurrentFeed } from './feed';
export { parseFullTextSearch } from './full-text-search';
export { itemNumber, parseSubmission } from './submission';
export { EdgarUrls } from './urls';
