export {
  frontmatterFromText,
  frontmatterFromTree,
  hasTomlFrontmatter,
  type FrontmatterBlock,
} from './locate.js';
export { lineFinder, type LineColumn } from './lines.js';
export { entryMap, frontmatterOf, parseFrontmatter, type Entry, type ParsedFrontmatter } from './parse.js';
