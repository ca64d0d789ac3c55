import { parseDocument, isMap, isSeq } from 'yaml';
import type { Sample } from './sample.js';

/** A verdict from a real parser: how strongly it supports the language and why. */
export interface ParserVerdict {
  score: number;
  evidence: string;
}

/** JSON.parse settles JSON, provided the root is an object or array with content. */
export function checkJson(sample: Sample): ParserVerdict | null {
  const text = sample.text.trim();
  const first = text.charAt(0);
  if (first !== '{' && first !== '[') return null;
  if (!sample.truncated) {
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
  const keyed = sample.code.filter((l) => /^"[^"\\]{1,80}"\s?:\s?["{[\dtfn-]/.test(l)).length;
  const bareKey = sample.code.filter((l) => /^[A-Za-z_$][\w$]*\s?:/.test(l)).length;
  if (keyed >= 2 && bareKey === 0 && !/[;=]\s*$/m.test(text)) {
    return { score: 5, evidence: `${keyed} lines of "quoted key": value (JSON-shaped, not strictly valid)` };
  }
  return null;
}

const YAML_KEY = /^(- )?[A-Za-z_][\w.\-/]{0,60}:( |$)/;
const YAML_ITEM = /^- \S/;

/**
 * Nearly any text parses as YAML, so this demands a mapping or sequence root, key-shaped lines
 * making up most of the block, and nesting or list items (flat `Key: value` text is often output).
 */
export function checkYaml(sample: Sample): ParserVerdict | null {
  const code = sample.code.filter((l) => !l.startsWith('#'));
  if (code.length < 2) return null;
  const keys = code.filter((l) => YAML_KEY.test(l)).length;
  const items = code.filter((l) => YAML_ITEM.test(l) || l === '-').length;
  const shaped = code.filter(
    (l) => YAML_KEY.test(l) || YAML_ITEM.test(l) || l === '---' || l === '-' || /^[|>]/.test(l),
  ).length;
  if (keys < 2 || shaped / code.length < 0.6) return null;
  const nested = sample.lines.some((l) => /^ {2,}\S/.test(l) && YAML_KEY.test(l.trim()));
  if (!nested && items === 0) return null;
  if (sample.lines.some((l) => /^\t/.test(l))) return null;
  if (code.some((l) => /[;{]$/.test(l) && !/^[\w-]+: /.test(l))) return null;
  const doc = parseDocument(sample.text, { strict: true, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    // An excerpt cut mid-structure still deserves a weaker vote.
    return sample.truncated
      ? { score: 3, evidence: 'YAML-shaped excerpt (parse of the sample failed)' }
      : null;
  }
  const root = doc.contents;
  if (!isMap(root) && !isSeq(root)) return null;
  const score = 3 + Math.min(keys, 6) * 0.5 + (nested ? 1.5 : 0);
  return { score, evidence: `parses as YAML ${isMap(root) ? 'mapping' : 'sequence'} with ${keys} key lines` };
}
