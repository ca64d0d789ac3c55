import type { Root } from 'mdast';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { applyEdits } from '../edits/apply-edits.js';
import { tidyData } from '../rules/file-data.js';
import type { RuleEdit } from '../rules/types.js';
import { processorFor, type ProcessorOptions } from './processor.js';

/** Fixing stops after this many passes even if rules keep proposing edits. */
export const MAX_PASSES = 10;

export interface TidyOptions extends ProcessorOptions {
  /** Apply fixes (default) or only report. */
  fix?: boolean;
  /** File path, for messages and for rules that look at the name. */
  path?: string;
}

export interface AppliedEdit extends RuleEdit {
  /** 1 for edits into the original text; later passes' offsets are into the previous pass's output. */
  pass: number;
}

export interface TidyResult {
  /** The fixed text (the input itself when nothing changed or `fix` is false). */
  text: string;
  changed: boolean;
  /** What is left after fixing: the messages of the last pass. */
  messages: VFileMessage[];
  /** Messages whose fixes were applied, with places in the text they were found in. */
  fixed: VFileMessage[];
  /** Remaining messages that `fix` would fix (with `fix: false`, every fixable message). */
  fixable: VFileMessage[];
  edits: AppliedEdit[];
  passes: number;
  /** The syntax tree of `text`, as the rules saw it in the last pass. */
  tree: Root;
}

/**
 * Runs the rules over a post and applies their edits until nothing changes (ESLint's fix loop): check,
 * apply, check again, stopping at a fixed point, at a text seen before (fixes undoing each other), or after
 * `MAX_PASSES`.
 */
export function tidy(input: string, options: TidyOptions = {}): TidyResult {
  const processor = processorFor(options);
  const fixing = options.fix ?? true;
  const seen = new Set([input]);
  const edits: AppliedEdit[] = [];
  const fixed = new Set<VFileMessage>();
  let text = input;
  const check = (value: string) => {
    const file = new VFile({ value, path: options.path });
    const tree = processor.runSync(processor.parse(file), file);
    return { file, tree };
  };
  for (let pass = 1; ; pass++) {
    const { file, tree } = check(text);
    const { edits: proposed, fixesBlocked } = tidyData(file);
    if (!fixing || fixesBlocked || proposed.length === 0) return finish(file, tree, pass);
    const { text: next, applied } = applyEdits(text, proposed);
    for (const edit of applied) {
      edits.push({ ...edit, pass });
      fixed.add(edit.message);
    }
    // Notes that go with the fixes (a rule's summary of what it repaired) are kept with them.
    const fixingRules = new Set(applied.map((edit) => edit.ruleId));
    for (const message of file.messages) {
      if (message.fatal === undefined && message.ruleId && fixingRules.has(message.ruleId))
        fixed.add(message);
    }
    if (next === text) return finish(file, tree, pass);
    if (seen.has(next) || pass === MAX_PASSES) {
      const last = check(next);
      last.file.message(
        seen.has(next)
          ? 'Fixes undo each other; stopped. Fix the remaining messages by hand'
          : `Fixes did not settle after ${MAX_PASSES} passes; stopped. Run again or fix the remaining messages by hand`,
        { ruleId: 'fix-loop', source: 'hashnode-tidy' },
      );
      text = next;
      return finish(last.file, last.tree, pass + 1);
    }
    seen.add(next);
    text = next;
  }

  function finish(file: VFile, tree: Root, passes: number): TidyResult {
    const { edits: proposed, fixesBlocked } = tidyData(file);
    const fixable = fixesBlocked ? [] : [...new Set(proposed.map((edit) => edit.message))];
    return {
      text,
      changed: text !== input,
      messages: file.messages,
      fixed: [...fixed],
      fixable,
      edits,
      passes,
      tree,
    };
  }
}
