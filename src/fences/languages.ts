/** Languages the classifier may return, as canonical Prism ids. */
export const LANGUAGES = [
  'bash',
  'shell-session',
  'dockerfile',
  'yaml',
  'json',
  'python',
  'javascript',
  'typescript',
  'jsx',
  'tsx',
  'go',
  'java',
  'rust',
  'c',
  'cpp',
  'csharp',
  'php',
  'ruby',
  'sql',
  'html',
  'css',
  'scss',
  'xml',
  'ini',
  'toml',
  'hcl',
  'nginx',
  'makefile',
  'powershell',
  'markdown',
  'diff',
  'graphql',
] as const;

export type Language = (typeof LANGUAGES)[number];

const LANGUAGE_SET: ReadonlySet<string> = new Set(LANGUAGES);

export function isLanguage(id: string): id is Language {
  return LANGUAGE_SET.has(id);
}
