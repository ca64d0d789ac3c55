import type { Language } from './languages.js';
import { hit, scoreOf, type Tallies } from './score.js';

/** Languages that share most signals compete as one family, then a variant is picked. */
export interface Family {
  members: readonly Language[];
}

const JS: Family = { members: ['javascript', 'typescript', 'jsx', 'tsx'] };
const C: Family = { members: ['c', 'cpp'] };
const STYLES: Family = { members: ['css', 'scss'] };
const MARKUP: Family = { members: ['html', 'xml'] };
const CONFIG: Family = { members: ['ini', 'toml'] };
const SHELL: Family = { members: ['bash', 'shell-session'] };

const SINGLES: readonly Language[] = [
  'dockerfile',
  'yaml',
  'json',
  'python',
  'go',
  'java',
  'rust',
  'csharp',
  'php',
  'ruby',
  'sql',
  'hcl',
  'nginx',
  'makefile',
  'powershell',
  'markdown',
  'diff',
  'graphql',
];

export const FAMILIES: readonly Family[] = [
  JS,
  C,
  STYLES,
  MARKUP,
  CONFIG,
  SHELL,
  ...SINGLES.map((l) => ({ members: [l] })),
];

/** Markup inside a JS file (`return (<div ...`) makes it JSX rather than HTML. */
function resolveJs(t: Tallies): Language {
  const typed = scoreOf(t, 'typescript') >= 3;
  const jsx = scoreOf(t, 'jsx') >= 3;
  if (jsx) return typed ? 'tsx' : 'jsx';
  return typed ? 'typescript' : 'javascript';
}

function resolveMarkup(t: Tallies): Language {
  if (hit(t, 'html', '`<!DOCTYPE html>`') > 0) return 'html';
  return scoreOf(t, 'html') >= scoreOf(t, 'xml') ? 'html' : 'xml';
}

/** TOML when its typed values dominate; bare `key=value` lines are INI. */
function resolveConfig(t: Tallies): Language {
  const typed = scoreOf(t, 'toml');
  const bare = hit(t, 'ini', 'unquoted `key=value`');
  return typed > 0 && typed >= bare ? 'toml' : 'ini';
}

export function resolveVariant(family: Family, tallies: Tallies): Language {
  if (family === JS) return resolveJs(tallies);
  if (family === MARKUP) return resolveMarkup(tallies);
  if (family === CONFIG) return resolveConfig(tallies);
  if (family === C) return scoreOf(tallies, 'cpp') >= 2 ? 'cpp' : 'c';
  if (family === STYLES) return scoreOf(tallies, 'scss') >= 3 ? 'scss' : 'css';
  if (family === SHELL) return scoreOf(tallies, 'shell-session') > 0 ? 'shell-session' : 'bash';
  return family.members[0] ?? 'bash';
}
