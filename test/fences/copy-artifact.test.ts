import { describe, expect, it } from 'vitest';
import { findCopyArtifact } from '../../src/fences/index.js';

describe('findCopyArtifact', () => {
  it('strips a language + CopyEdit glued to the first command', () => {
    expect(findCopyArtifact('bashCopyEditdocker network create my_network')).toEqual({
      debris: 'bashCopyEdit',
      language: 'bash',
      rest: 'docker network create my_network',
    });
  });

  it.each([
    ['pythonCopy code', 'pythonCopy code', 'python', ''],
    ['bashCopy code', 'bashCopy code', 'bash', ''],
    ['yamlCopyEditservices:', 'yamlCopyEdit', 'yaml', 'services:'],
    ['javascriptCopyEditconst x = 1;', 'javascriptCopyEdit', 'javascript', 'const x = 1;'],
    ['jsCopyconsole.log(1)', 'jsCopy', 'javascript', 'console.log(1)'],
    ['shCopyEditnpm install', 'shCopyEdit', 'bash', 'npm install'],
    ['dockerfileCopyEditFROM node:20', 'dockerfileCopyEdit', 'dockerfile', 'FROM node:20'],
    ['plaintextCopyEditsome output', 'plaintextCopyEdit', null, 'some output'],
    ['bash Copy code', 'bash Copy code', 'bash', ''],
    ['python Copy', 'python Copy', 'python', ''],
    ['Copy code', 'Copy code', null, ''],
    ['copy code', 'copy code', null, ''],
    ['Copy Code  ', 'Copy Code', null, ''],
    ['CopyEdit', 'CopyEdit', null, ''],
    ['Copy to clipboard', 'Copy to clipboard', null, ''],
    ['Copied!', 'Copied!', null, ''],
    ['  Copy code', '  Copy code', null, ''],
    ['javaCopyEditor', 'javaCopyEdit', 'java', 'or'],
  ])('%j', (line, debris, language, rest) => {
    expect(findCopyArtifact(line)).toEqual({ debris, language, rest });
  });

  it.each([
    'CopyEditor',
    'CopyEditor editor = new CopyEditor();',
    'const CopyEdit = 1',
    'CopyEdit()',
    'CopyEdit.run()',
    'Copy the file to the server',
    'Copy',
    'copy(src, dst)',
    'console.log("Copy code")',
    'let s = "bashCopy code"',
    'docker cp app:/data ./data',
    'COPY . .',
    'xcopy /s a b',
    'foobarCopyEdit',
    'bash copy files',
    'echo Copied!',
    '',
  ])('leaves %j alone', (line) => {
    expect(findCopyArtifact(line)).toBeNull();
  });
});
