import { describe, expect, it } from 'vitest';
import { isGenericLabel, normalizeLanguageLabel } from '../../src/fences/index.js';

describe('normalizeLanguageLabel', () => {
  it.each([
    ['sh', 'bash'],
    ['shell', 'bash'],
    ['zsh', 'bash'],
    ['yml', 'yaml'],
    ['Dockerfile', 'dockerfile'],
    ['docker', 'dockerfile'],
    ['js', 'javascript'],
    ['ts', 'typescript'],
    ['py', 'python'],
    ['golang', 'go'],
    ['c++', 'cpp'],
    ['cs', 'csharp'],
    ['C#', 'csharp'],
    ['ps1', 'powershell'],
    ['pwsh', 'powershell'],
    ['tf', 'hcl'],
    ['md', 'markdown'],
    ['console', 'shell-session'],
    ['  JSON ', 'json'],
    ['plaintext', 'plaintext'],
    ['text', 'plaintext'],
    ['r', 'r'],
    ['', ''],
  ])('%s -> %s', (label, id) => {
    expect(normalizeLanguageLabel(label)).toBe(id);
  });

  it('uses Shiki ids for the shiki target', () => {
    expect(normalizeLanguageLabel('console', 'shiki')).toBe('shellsession');
    expect(normalizeLanguageLabel('txt', 'shiki')).toBe('text');
    expect(normalizeLanguageLabel('yml', 'shiki')).toBe('yaml');
  });
});

describe('isGenericLabel', () => {
  it.each(['plaintext', 'text', 'txt', 'plain', 'none', '', '  ', 'Text'])('%j is generic', (label) => {
    expect(isGenericLabel(label)).toBe(true);
  });
  it.each(['bash', 'js', 'r', 'plaintextx'])('%j is not generic', (label) => {
    expect(isGenericLabel(label)).toBe(false);
  });
});
