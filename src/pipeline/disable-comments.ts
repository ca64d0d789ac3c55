import type { Html, Root } from 'mdast';
import { eachOfType } from '../rules/tree-index.js';
import type { VFile } from 'vfile';
import { MESSAGE_SOURCE } from '../rules/define-rule.js';
import { pointFinder, tidyData } from '../rules/file-data.js';

/**
 * `<!-- hashnode-tidy-disable [rule ...] -->` to `<!-- hashnode-tidy-enable [rule ...] -->`, and
 * `<!-- hashnode-tidy-disable-next-line [rule ...] -->`, markdownlint's comment forms. No rule ids means
 * every rule. Silenced rules neither report nor fix on those lines.
 */
const COMMENT =
  /^<!--\s*hashnode-tidy-(disable-next-line|disable-line|disable|enable)((?:\s+[\w-]+)*)\s*-->$/;

interface Switch {
  line: number;
  kind: 'disable' | 'enable' | 'line';
  rules: readonly string[] | 'all';
}

export function disableComments() {
  return (tree: Root, file: VFile) => {
    const switches = collectSwitches(tree);
    if (switches.length === 0) return;
    const silenced = (ruleId: string, line: number) => isSilenced(switches, ruleId, line);
    const toPoint = pointFinder(file);
    file.messages = file.messages.filter(
      (message) =>
        message.source !== MESSAGE_SOURCE ||
        !message.ruleId ||
        message.line == null ||
        !silenced(message.ruleId, message.line),
    );
    const data = tidyData(file);
    data.edits = data.edits.filter((edit) => !silenced(edit.ruleId, toPoint(edit.start).line));
  };
}

function collectSwitches(tree: Root): Switch[] {
  const switches: Switch[] = [];
  eachOfType(tree, 'html', (node: Html) => {
    const match = COMMENT.exec(node.value.trim());
    const start = node.position?.start.line;
    const end = node.position?.end.line;
    if (!match || start === undefined || end === undefined) return;
    const ids = match[2]!.trim().split(/\s+/).filter(Boolean);
    const rules = ids.length > 0 ? ids : 'all';
    if (match[1] === 'disable-next-line') switches.push({ line: end + 1, kind: 'line', rules });
    else if (match[1] === 'disable-line') switches.push({ line: start, kind: 'line', rules });
    else switches.push({ line: start, kind: match[1] as 'disable' | 'enable', rules });
  });
  return switches.sort((a, b) => a.line - b.line);
}

function isSilenced(switches: readonly Switch[], ruleId: string, line: number): boolean {
  let disabled = false;
  for (const entry of switches) {
    const names = entry.rules === 'all' || entry.rules.includes(ruleId);
    if (!names) continue;
    if (entry.kind === 'line') {
      if (entry.line === line) return true;
    } else if (entry.line <= line) {
      disabled = entry.kind === 'disable';
    }
  }
  return disabled;
}
