export { extractPostKeys, postKeysOf, type PostFrontmatter } from './extract.js';
export {
  CROSS_POST_IDS,
  crossPostMessages,
  type CrossPost,
  type CrossPostId,
  type CrossPostOptions,
} from './messages.js';
