// Mojibake repair engine: public API.
export { repairMojibake } from './repair.js';
export { guessLegacyEncoding } from './legacy.js';
export { describeEncoding } from './names.js';
export { CODE_PAGES } from './codepages.js';
export type { CodePageName } from './codepages.js';
export type { MojibakeRepair, MojibakeResult, RepairOptions } from './types.js';
