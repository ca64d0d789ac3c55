import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Writable } from 'node:stream';
import { expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { useTempDir } from '../helpers.js';

const tempDir = useTempDir();

it('shows a progress bar on a terminal for more than a few files, and none for few', async () => {
  const dir = await tempDir();
  for (let index = 0; index < 8; index++) {
    await writeFile(
      path.join(dir, `post-${index}.md`),
      `---\ntitle: "P${index}"\nslug: p-${index}\n---\n\nText.\n`,
    );
  }
  const run = async (args: string[]) => {
    let stderr = '';
    const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
    const err = new Writable({
      write(chunk: Buffer, _encoding, done) {
        stderr += chunk.toString();
        done();
      },
    });
    const code = await main({ argv: args, cwd: dir, stdout: sink, stderr: err, interactive: true });
    return { code, stderr };
  };
  const many = await run(['check', '.']);
  expect(many.stderr).toContain('hashnode-tidy [');
  expect(many.stderr).toContain('8/8');
  expect(many.stderr).toMatch(/8 files checked: .*\n$/);
  const few = await run(['check', 'post-1.md', 'post-2.md']);
  expect(few.stderr).not.toContain('hashnode-tidy [');
  expect(few.stderr).toMatch(/^2 files checked: /);
  const off = await run(['check', '--no-progress', '.']);
  expect(off.stderr).not.toContain('hashnode-tidy [');
  expect(off.stderr).toMatch(/^8 files checked: /);
});
