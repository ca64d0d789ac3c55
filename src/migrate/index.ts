export { migrate, type MigrateOptions } from './migrate.js';
export { DOWNLOAD_DEFAULTS, type DownloadLimits } from './images/index.js';
export { TARGET_NAMES, TARGETS, type Target, type TargetOptions } from './targets/index.js';
export {
  MigrateInputError,
  type ImageCopy,
  type ImageFailure,
  type ImagesReport,
  type ImageUse,
  type MigrateProgress,
  type MigrateReport,
  type Post,
  type PostNote,
  type WrittenPost,
} from './types.js';
