import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface Manifest {
  name?: string;
  version: string;
}

let found: { root: string; manifest: Manifest } | undefined;

/**
 * This package's folder and package.json, found by walking up from the running module: it runs from src/
 * (tests), dist/src/ (the library) and dist/cli/ (the bundled command line), each at its own depth.
 */
export function packageInfo(): { root: string; manifest: Manifest } {
  if (found) return found;
  for (let up = './'; up.length < 20; up += '../') {
    const url = new URL(up + 'package.json', import.meta.url);
    try {
      const manifest = JSON.parse(readFileSync(url, 'utf8')) as Manifest;
      if (manifest.name === 'hashnode-tidy') {
        found = { root: fileURLToPath(new URL('.', url)), manifest };
        return found;
      }
    } catch {
      // not at this level
    }
  }
  throw new Error('Cannot find the package.json of hashnode-tidy above ' + import.meta.url);
}
