import type { Code, Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { findCopyArtifact, isGenericLabel } from '../src/fences/index.js';
import { fenceSource } from '../src/fences/fence-source.js';
import { defineRule } from '../src/rules/define-rule.js';
import { eachOfType } from '../src/rules/tree-index.js';
import type { Edit } from '../src/rules/types.js';

/**
 * Finds copy-button text pasted along with code from chat tools and IDEs (`bashCopyEditdocker run …`,
 * `Copy code`), which readers then copy into their terminals. Removes it, and takes the language the debris
 * names for a block labeled generically or not at all.
 */
export const fenceCopyArtifact = defineRule(
  {
    id: 'fence-copy-artifact',
    description: 'Code blocks must not start with copy-button text pasted from another site.',
    severity: 'error',
    fixable: true,
    tags: ['code'],
  },
  ({ tree, source, report }) => {
    eachOfType(tree, 'code', (node, index, parent) => {
      const where = fenceSource(node, source);
      if (!where) return;
      const previous = parent && index !== undefined && index > 0 ? parent.children[index - 1] : undefined;
      const debrisParagraph =
        previous?.type === 'paragraph' ? paragraphDebris(previous, node, source) : undefined;
      const first = where.firstLine ? findCopyArtifact(where.firstLine.text) : null;
      if (!first && !debrisParagraph) return;

      const language = first?.language ?? debrisParagraph?.language ?? null;
      const relabel: Edit[] =
        language && isGenericLabel(node.lang ?? '')
          ? [{ start: where.label.start, end: where.label.end, text: language }]
          : [];
      const labelNote = relabel.length > 0 ? ` and label the block \`${language}\`` : '';

      if (first && where.firstLine) {
        const line = where.firstLine;
        const alone = first.rest.trim() === '';
        // Debris alone on its line takes the whole line with it; glued debris only its own characters.
        const removal: Edit = alone
          ? { start: line.lineStart, end: line.nextLineStart, text: '' }
          : { start: line.start, end: line.start + first.debris.length, text: '' };
        report({
          at: { start: line.start, end: line.start + first.debris.length },
          reason: `Unexpected copy-button text \`${first.debris.trim()}\` at the start of a code block, expected ${alone ? 'the code' : `\`${shorten(first.rest)}\``}${labelNote}`,
          expected: [alone ? '' : first.rest],
          fix: [removal, ...relabel],
        });
      }
      if (debrisParagraph) {
        report({
          at: debrisParagraph,
          reason: `Unexpected copy-button text \`${debrisParagraph.text}\` before a code block, expected nothing${first ? '' : labelNote}`,
          expected: [''],
          fix: [debrisParagraph.removal, ...(first ? [] : relabel)],
        });
      }
    });
  },
);

export default fenceCopyArtifact;

/** A paragraph that is nothing but copy-button text (`bashCopy code`), right before the block. */
function paragraphDebris(paragraph: Paragraph, code: Code, source: string) {
  const start = paragraph.position?.start.offset;
  const codeStart = code.position?.start.offset;
  if (start === undefined || codeStart === undefined) return undefined;
  const text = toString(paragraph).trim();
  const artifact = text.includes('\n') ? null : findCopyArtifact(text);
  if (!artifact || artifact.rest.trim() !== '') return undefined;
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  // Only a paragraph on lines of its own (not the first line of a list item) is removed whole.
  if (!/^[ \t>]*$/.test(source.slice(lineStart, start))) return undefined;
  const fenceLineStart = source.lastIndexOf('\n', codeStart - 1) + 1;
  const removal: Edit = { start: lineStart, end: fenceLineStart, text: '' };
  return { position: paragraph.position, text, language: artifact.language, removal };
}

function shorten(text: string): string {
  return text.length <= 60 ? text : `${text.slice(0, 57)}…`;
}
