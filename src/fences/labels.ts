/** Fence info-string aliases seen in exports, mapped to canonical Prism ids. */
const ALIASES: Readonly<Record<string, string>> = {
  sh: 'bash',
  shell: 'bash',
  zsh: 'bash',
  bash: 'bash',
  ksh: 'bash',
  terminal: 'bash',
  'shell-session': 'shell-session',
  shellsession: 'shell-session',
  'sh-session': 'shell-session',
  console: 'shell-session',
  dockerfile: 'dockerfile',
  docker: 'dockerfile',
  containerfile: 'dockerfile',
  yml: 'yaml',
  yaml: 'yaml',
  json: 'json',
  jsonc: 'json',
  json5: 'json',
  py: 'python',
  python: 'python',
  python3: 'python',
  py3: 'python',
  js: 'javascript',
  javascript: 'javascript',
  node: 'javascript',
  nodejs: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  ts: 'typescript',
  typescript: 'typescript',
  jsx: 'jsx',
  tsx: 'tsx',
  go: 'go',
  golang: 'go',
  java: 'java',
  rs: 'rust',
  rust: 'rust',
  c: 'c',
  h: 'c',
  cpp: 'cpp',
  'c++': 'cpp',
  cc: 'cpp',
  cxx: 'cpp',
  hpp: 'cpp',
  cs: 'csharp',
  'c#': 'csharp',
  csharp: 'csharp',
  dotnet: 'csharp',
  php: 'php',
  rb: 'ruby',
  ruby: 'ruby',
  sql: 'sql',
  mysql: 'sql',
  pgsql: 'sql',
  postgres: 'sql',
  postgresql: 'sql',
  plsql: 'sql',
  tsql: 'sql',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  css: 'css',
  scss: 'scss',
  sass: 'scss',
  xml: 'xml',
  svg: 'xml',
  xsd: 'xml',
  ini: 'ini',
  cfg: 'ini',
  conf: 'ini',
  properties: 'ini',
  toml: 'toml',
  hcl: 'hcl',
  tf: 'hcl',
  terraform: 'hcl',
  nginx: 'nginx',
  nginxconf: 'nginx',
  makefile: 'makefile',
  make: 'makefile',
  mk: 'makefile',
  powershell: 'powershell',
  ps: 'powershell',
  ps1: 'powershell',
  pwsh: 'powershell',
  md: 'markdown',
  markdown: 'markdown',
  diff: 'diff',
  patch: 'diff',
  graphql: 'graphql',
  gql: 'graphql',
};

/** Where Shiki's canonical id differs from Prism's. */
const SHIKI_IDS: Readonly<Record<string, string>> = {
  'shell-session': 'shellsession',
  plaintext: 'text',
};

const GENERIC = new Set(['plaintext', 'text', 'txt', 'plain', 'none', 'nohighlight', 'no-highlight']);

/** True for info strings that say nothing about the language (including an empty one). */
export function isGenericLabel(label: string): boolean {
  const key = label.trim().toLowerCase();
  return key === '' || GENERIC.has(key);
}

/**
 * Map a fence label to the canonical id for the target highlighter.
 * Unknown labels come back trimmed and lower-cased so callers can still compare them.
 */
export function normalizeLanguageLabel(label: string, target: 'prism' | 'shiki' = 'prism'): string {
  const key = label.trim().toLowerCase();
  if (key === '') return '';
  const prism = GENERIC.has(key) ? 'plaintext' : (ALIASES[key] ?? key);
  return target === 'shiki' ? (SHIKI_IDS[prism] ?? prism) : prism;
}

/** True when the label is a known alias of a concrete language (not generic, not unknown). */
export function isKnownLanguageLabel(label: string): boolean {
  return ALIASES[label.trim().toLowerCase()] !== undefined;
}
