export { tidy, MAX_PASSES } from './pipeline/tidy.js';
export type { TidyOptions, TidyResult, AppliedEdit } from './pipeline/tidy.js';
export { tidyFile } from './pipeline/tidy-file.js';
export type { FileResult } from './pipeline/tidy-file.js';
export { createProcessor } from './pipeline/processor.js';
export type { ProcessorOptions } from './pipeline/processor.js';
export { applyEdits } from './edits/apply-edits.js';
export { defineRule, readSetting, MESSAGE_SOURCE, DOCS_BASE } from './rules/define-rule.js';
export type { Rule } from './rules/define-rule.js';
export type { Edit, RuleEdit, RuleMeta, RuleSetting, Severity, Report, RuleContext } from './rules/types.js';
export { decodeBytes, encodeText } from './io/text-encoding.js';
export type { TextFormat, DecodedText, LineEnding } from './io/text-encoding.js';
export { writeFileAtomic } from './io/atomic-write.js';
export { ConfigFinder, CONFIG_FILE } from './config/find-config.js';
export type { TidyConfig } from './config/config.js';
export { rules } from '../plugins/index.js';
export { remarkHashnode } from '../plugins/hashnode-syntax/index.js';
export { repairMojibake, describeEncoding } from './encoding/index.js';
export type { MojibakeRepair, MojibakeResult, RepairOptions } from './encoding/index.js';
export { detectLanguage, findCopyArtifact, normalizeLanguageLabel, isGenericLabel } from './fences/index.js';
export type { Detection, CopyArtifact } from './fences/index.js';
export { DOWNLOAD_DEFAULTS, migrate, TARGETS, TARGET_NAMES } from './migrate/index.js';
export type {
  DownloadLimits,
  ImageCopy,
  ImageFailure,
  ImagesReport,
  ImageUse,
  MigrateOptions,
  MigrateProgress,
  MigrateReport,
} from './migrate/index.js';
