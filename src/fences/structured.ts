import { parseAllDocuments, isMap, isSeq } from 'yaml';
import type { Sample } from './sample.js';

/** A verdict from a real parser: how strongly it supports the language and why. */
export interface ParserVerdict {
  score: number;
  evidence: string;
}

export interface YamlVerdict extends ParserVerdict {
  /** The block's lines outside `|`/`>` block scalars: the only ones other languages may claim. */
  outside: string[];
}

/** JSON.parse settles JSON, provided the root is an object or array with content. */
export function checkJson(sample: Sample): ParserVerdict | null {
  const text = sample.text.trim();
  // `// note` lines above or inside a config excerpt (VS Code settings) are JSONC.
  const body = sample.code.filter((l) => !l.startsWith('//'));
  const first = body[0]?.charAt(0);
  if (first !== '{' && first !== '[' && first !== '"') return null;
  if (!sample.truncated && first !== '"') {
    try {
      const value: unknown = JSON.parse(text);
      if (value !== null && typeof value === 'object') {
        const size = Array.isArray(value) ? value.length : Object.keys(value).length;
        if (size > 0) return { score: 12, evidence: 'JSON.parse accepts it as an object/array' };
      }
      return null;
    } catch {
      // fall through: comments, trailing commas or an excerpt can still be JSON-shaped
    }
  }
  if (!sample.truncated && first === '"' && body.length === sample.code.length) {
    // Members cut out of a larger object: `"scripts": { ... }`.
    try {
      const value: unknown = JSON.parse(`{${text}}`);
      if (value !== null && typeof value === 'object' && Object.keys(value).length > 0)
        return { score: 8, evidence: 'JSON members without the enclosing braces' };
    } catch {
      // fall through to the shape check
    }
  }
  const keyed = body.filter((l) => /^"[^"\\]{1,80}"\s?:\s?["{[\dtfn-]/.test(l)).length;
  const bareKey = body.filter((l) => /^[A-Za-z_$][\w$]*\s?:/.test(l)).length;
  if (keyed >= 2 && bareKey === 0 && !/[;=]\s*$/m.test(text)) {
    return { score: 5, evidence: `${keyed} lines of "quoted key": value (JSON-shaped, not strictly valid)` };
  }
  return null;
}

const YAML_KEY = /^(- )?[A-Za-z_][\w.\-/]{0,60}:( |$)/;
const YAML_ITEM = /^- \S/;
/** A line that is only a Go/Helm template action: `{{- if .Values.x }}`. */
const TEMPLATE_LINE = /^\{\{-? [^{}]*-?\}\}$/;

/**
 * Helm charts are YAML with Go template actions: drop action-only lines and stand a plain word in
 * for inline `{{ .Values.x }}` so the parser sees the YAML underneath.
 */
function withoutTemplates(text: string): string {
  if (!text.includes('{{')) return text;
  return text
    .split('\n')
    .filter((l) => !TEMPLATE_LINE.test(l.trim()))
    .map((l) => l.replace(/\{\{-?[^{}]{0,200}-?\}\}/g, 'tpl'))
    .join('\n');
}

/**
 * Trimmed non-blank lines, leaving out the contents of `key: |` / `key: >` block scalars: a CI
 * step's script is a string, whatever it looks like.
 */
function outsideBlockScalars(lines: readonly string[]): string[] {
  const out: string[] = [];
  let scalarIndent = -1;
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    const indent = line.length - line.trimStart().length;
    if (scalarIndent >= 0 && indent > scalarIndent) continue;
    // The key of `- key: |` sits after the dash; the scalar's lines are indented past the key.
    // A bare `- |` item's lines are indented past the dash.
    const keyColumn = indent + (trimmed.startsWith('- ') ? 2 : 0);
    if (/:\s[|>][-+]?\d?$/.test(trimmed)) scalarIndent = keyColumn;
    else scalarIndent = /^- [|>][-+]?\d?$/.test(trimmed) ? indent : -1;
    out.push(trimmed);
  }
  return out;
}

/**
 * Nearly any text parses as YAML, so this demands a mapping or sequence root, key-shaped lines
 * making up most of the block, and nesting or list items (flat `Key: value` text is often output).
 */
export function checkYaml(sample: Sample): YamlVerdict | null {
  const outside = outsideBlockScalars(sample.lines);
  const code = outside.filter((l) => !l.startsWith('#'));
  if (code.length < 2) return null;
  const keys = code.filter((l) => YAML_KEY.test(l)).length;
  const items = code.filter((l) => YAML_ITEM.test(l) || l === '-').length;
  const shaped = code.filter(
    (l) =>
      YAML_KEY.test(l) ||
      YAML_ITEM.test(l) ||
      l === '---' ||
      l === '-' ||
      /^[|>]/.test(l) ||
      TEMPLATE_LINE.test(l),
  ).length;
  if (keys < 2 || shaped / code.length < 0.6) return null;
  const nested = sample.lines.some((l) => /^ {2,}\S/.test(l) && YAML_KEY.test(l.trim()));
  // `apiVersion:` with `kind:` is a Kubernetes manifest even when cut to its first lines.
  const manifest =
    code.some((l) => /^apiVersion: \S+$/.test(l)) && code.some((l) => /^kind: [A-Z]\w*$/.test(l));
  if (!nested && items === 0 && !manifest) return null;
  if (sample.lines.some((l) => /^\t/.test(l))) return null;
  if (code.some((l) => /[;{]$/.test(l) && !/^[\w-]+: /.test(l))) return null;
  const docs = parseAllDocuments(withoutTemplates(sample.text), {
    strict: true,
    uniqueKeys: true,
    prettyErrors: false,
  });
  const list = Array.isArray(docs) ? docs : [];
  if (list.length === 0 || list.some((d) => d.errors.length > 0)) {
    // An excerpt cut mid-structure still deserves a weaker vote.
    return sample.truncated
      ? { score: 3, evidence: 'YAML-shaped excerpt (parse of the sample failed)', outside }
      : null;
  }
  // `---` separates documents (several Kubernetes manifests in one block); each must be a collection.
  const roots = list.map((d) => d.contents).filter((r) => r !== null);
  const root = roots[0];
  if (!root || roots.some((r) => !isMap(r) && !isSeq(r))) return null;
  const score = 3 + Math.min(keys, 6) * 0.5 + (nested ? 1.5 : 0);
  return {
    score,
    evidence: `parses as YAML ${isMap(root) ? 'mapping' : 'sequence'} with ${keys} key lines`,
    outside,
  };
}
