export { migrate, type MigrateOptions } from './migrate.js';
export { TARGET_NAMES, TARGETS, type Target, type TargetOptions } from './targets/index.js';
export {
  MigrateInputError,
  type MigrateReport,
  type Post,
  type PostNote,
  type WrittenPost,
} from './types.js';
