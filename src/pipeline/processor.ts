import type { Root } from 'mdast';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { rules as allRules } from '../../plugins/index.js';
import { applyEdits } from '../edits/apply-edits.js';
import { tidyData } from '../rules/file-data.js';
import type { Rule } from '../rules/define-rule.js';
import type { RuleSetting } from '../rules/types.js';
import { markdownParser } from '../text/parse-markdown.js';
import { disableComments } from './disable-comments.js';

export interface ProcessorOptions {
  /** Per-rule settings, `"off" | "info" | "warn" | "error"` or `[severity, options]`; others keep their defaults. */
  rules?: Readonly<Record<string, RuleSetting>>;
  /** Rules of your own (made with `defineRule`), run after the built-in ones and configured the same way. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- rules differ in their options type
  extraRules?: readonly Rule<any>[];
}

/**
 * The one pipeline every entry point uses: remark-parse with frontmatter, GFM and Hashnode's own syntax, then
 * every rule in order, then disable comments; its compiler applies one pass of the rules' edits to the source.
 */
export function createProcessor(options: ProcessorOptions = {}): Processor<Root, Root, Root, Root, string> {
  const processor = markdownParser();
  for (const rule of [...allRules, ...(options.extraRules ?? [])])
    processor.use(rule, options.rules?.[rule.meta.id]);
  return processor.use(disableComments).use(surgicalCompiler) as unknown as Processor<
    Root,
    Root,
    Root,
    Root,
    string
  >;
}

const frozen = new Map<string, Processor<Root, Root, Root, Root, string>>();
/** Distinct rule settings in one run are few (one per config file); this only bounds a long-lived process. */
const MAX_FROZEN = 32;

/**
 * A frozen processor for these options, built once and reused for every file with the same settings:
 * building one (attaching 25 plugins, combining the parser's extensions) costs as much as checking a short
 * post. Rules keep nothing between files, so sharing is safe. Rules of your own are never cached.
 */
export function processorFor(options: ProcessorOptions = {}): Processor<Root, Root, Root, Root, string> {
  if (options.extraRules?.length) return createProcessor(options).freeze();
  const key = JSON.stringify(options.rules ?? {});
  let processor = frozen.get(key);
  if (!processor) {
    if (frozen.size >= MAX_FROZEN) frozen.clear();
    processor = createProcessor(options).freeze();
    frozen.set(key, processor);
  }
  return processor;
}

function surgicalCompiler(this: Processor) {
  this.compiler = (_tree: unknown, file: VFile) => applyEdits(String(file.value), tidyData(file).edits).text;
}
