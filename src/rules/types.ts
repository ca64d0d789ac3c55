import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';

/** How loudly a rule speaks. `off` turns it off; `info` never fails a run; `error` fails `check`. */
export type Severity = 'off' | 'info' | 'warn' | 'error';

/** A rule's configuration: a severity, or a severity with options (remark-lint and ESLint's shape). */
export type RuleSetting<Options = unknown> = Severity | readonly [Severity, Options];

/** A replacement of `source.slice(start, end)` by `text`; offsets are UTF-16 indices into the decoded text. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** An edit as the engine stores it: which rule proposed it, and in which order rules ran. */
export interface RuleEdit extends Edit {
  ruleId: string;
  /** Position of the rule in the run: lower wins when edits overlap. */
  order: number;
  /** The message this edit fixes. */
  message: VFileMessage;
}

export interface RuleMeta {
  /** Stable, kebab-case identifier used in config, disable comments and messages. */
  id: string;
  /** One sentence: what the rule finds. */
  description: string;
  /** Severity when the config does not name the rule. */
  severity: Severity;
  /** Whether the rule may propose edits. A rule that is not fixable and proposes one is a bug. */
  fixable: boolean;
  tags?: readonly string[];
}

/** A span in the source, as offsets. */
export interface Span {
  start: number;
  end: number;
}

export interface Report {
  /** Reads as "Unexpected X, expected Y", with the offending text in backticks. */
  reason: string;
  /** Where: a node with a position, or offsets into the source. */
  at: { position?: { start: { offset?: number }; end: { offset?: number } } } | Span;
  /** The text the fix would write, shown to people (VFileMessage `expected`). */
  expected?: readonly string[];
  /** Edits that fix this finding; only for fixable rules. */
  fix?: Edit | readonly Edit[];
  /** Longer explanation (VFileMessage `note`). */
  note?: string;
  /**
   * The file was not understood (frontmatter that does not parse, say): no edit from any rule is applied to
   * it while this finding stands, so nothing is rewritten on a wrong reading.
   */
  blocksFixes?: boolean;
  /**
   * Reported at most at this level, whatever the rule's severity: `info` for a note that goes with other
   * findings (a summary, say), `warn` for a finding that should never fail a run on its own.
   */
  atMost?: 'warn' | 'info';
}

export interface RuleContext<Options> {
  tree: Root;
  file: VFile;
  /** The decoded text the tree was parsed from. */
  source: string;
  options: Options;
  report(report: Report): void;
}
