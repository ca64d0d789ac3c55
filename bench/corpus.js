// Where benchmarks find real posts, and a generator for when they are absent (a fresh clone has no ../shared).
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fg from 'fast-glob';

export const CORPUS = fileURLToPath(new URL('../../shared/corpus/posts/', import.meta.url));

/** `count` posts of about 10 KB (the clean sample's body repeated), each with its own slug and cuid; made once. */
export async function generatedPosts(count) {
  const dir = path.join(tmpdir(), `hashnode-tidy-bench-v2-${count}`);
  if (!existsSync(path.join(dir, `post-${count - 1}.md`))) {
    await mkdir(dir, { recursive: true });
    const sample = await readFile(new URL('../samples/clean-post.md', import.meta.url), 'utf8');
    const [, frontmatter, body] = sample.split(/^---$/m);
    for (let index = 0; index < count; index++) {
      const keys = frontmatter
        .replace(/slug: .*/, `slug: post-${index}`)
        .replace(/cuid: .*/, `cuid: cm${String(index).padStart(23, '0')}`);
      let text = `---${keys}---\n`;
      while (text.length < 10_000) text += body;
      await writeFile(path.join(dir, `post-${index}.md`), text);
    }
  }
  return { dir, label: `${count} generated posts` };
}

/** `count` posts of one short paragraph each: the cost per file, not per byte. */
export async function tinyPosts(count) {
  const dir = path.join(tmpdir(), `hashnode-tidy-bench-tiny-${count}`);
  if (!existsSync(path.join(dir, `tiny-${count - 1}.md`))) {
    await mkdir(dir, { recursive: true });
    for (let index = 0; index < count; index++) {
      const text = `---\ntitle: Note ${index}\nslug: note-${index}\ncuid: cm${String(index).padStart(23, '0')}\ndatePublished: 2025-01-01T00:00:00.000Z\ntags:\n  - notes\n---\n\nA short note.\n`;
      await writeFile(path.join(dir, `tiny-${index}.md`), text);
    }
  }
  return { dir, label: `${count} tiny posts` };
}

export async function markdownFiles(dir) {
  return (
    await fg('**/*.{md,markdown,mdx}', { cwd: dir, absolute: true, ignore: ['**/node_modules/**'] })
  ).sort();
}
