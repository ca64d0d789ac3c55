// The labelled code blocks of the corpus that the fence benches measure: every fenced or indented
// code block whose label normalizes to a supported language. Shared so that the gold sample and
// the bench enumerate exactly the same blocks with the same ids.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fg from 'fast-glob';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { visit } from 'unist-util-visit';
import { normalizeLanguageLabel, isLanguage } from '../dist/src/fences/index.js';

export const corpusDir = fileURLToPath(new URL('../../shared/corpus/posts/', import.meta.url));

export const corpusPresent = () => existsSync(corpusDir);

/** First 12 hex digits of the SHA-1 of a block's text: tells whether the corpus changed. */
export const blockHash = (code) => createHash('sha1').update(code).digest('hex').slice(0, 12);

/**
 * Blocks in a stable order (files sorted by path, then document order). `id` is
 * `<path relative to the corpus>#<index among the file's code nodes>`, counting every code node so
 * that ids do not move when the label mapping changes; `label` is the normalized author label.
 */
export function corpusBlocks() {
  const out = [];
  const parser = unified().use(remarkParse);
  const files = fg.sync('**/*.md', { cwd: corpusDir }).sort();
  for (const rel of files) {
    const file = corpusDir + rel;
    const tree = parser.parse(readFileSync(file, 'utf8'));
    let index = 0;
    visit(tree, 'code', (node) => {
      const id = `${rel}#${index++}`;
      if (!node.lang || node.value.trim() === '') return;
      const label = normalizeLanguageLabel(node.lang);
      if (isLanguage(label)) out.push({ id, file, rawLabel: node.lang, label, code: node.value });
    });
  }
  return out;
}
