import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, isRecord, validateConfig, type TidyConfig } from './config.js';

export const CONFIG_FILE = 'hashnode-tidy.config.json';
const PACKAGE_KEY = 'hashnode-tidy';

export interface FoundConfig {
  config: TidyConfig;
  /** The file it came from, or undefined when no config was found and defaults apply. */
  path?: string;
}

/**
 * Finds the config that applies to a folder: the nearest `hashnode-tidy.config.json`, or the nearest
 * package.json with a `hashnode-tidy` key, looking from the folder up to the root. Folders are cached, so a
 * batch of thousands of posts reads each config file once.
 */
export class ConfigFinder {
  private readonly cache = new Map<string, Promise<FoundConfig>>();

  constructor(private readonly knownRules: readonly string[]) {}

  forFile(filePath: string): Promise<FoundConfig> {
    return this.forFolder(path.dirname(path.resolve(filePath)));
  }

  forFolder(folder: string): Promise<FoundConfig> {
    let found = this.cache.get(folder);
    if (!found) {
      found = this.lookUp(folder);
      this.cache.set(folder, found);
    }
    return found;
  }

  async load(configPath: string): Promise<FoundConfig> {
    const parsed = await readJson(configPath);
    if (parsed === undefined) throw new ConfigError(`${configPath}: no such config file`);
    return { config: validateConfig(parsed, configPath, this.knownRules), path: configPath };
  }

  private async lookUp(folder: string): Promise<FoundConfig> {
    const own = path.join(folder, CONFIG_FILE);
    const ownJson = await readJson(own);
    if (ownJson !== undefined) return { config: validateConfig(ownJson, own, this.knownRules), path: own };
    const manifest = path.join(folder, 'package.json');
    const manifestJson = await readJson(manifest);
    if (isRecord(manifestJson) && PACKAGE_KEY in manifestJson) {
      const where = `${manifest} (key "${PACKAGE_KEY}")`;
      return { config: validateConfig(manifestJson[PACKAGE_KEY], where, this.knownRules), path: manifest };
    }
    const parent = path.dirname(folder);
    return parent === folder ? { config: {} } : this.forFolder(parent);
  }
}

async function readJson(filePath: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw new ConfigError(`${filePath}: cannot read: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ConfigError(`${filePath}: not valid JSON: ${(error as Error).message}`);
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
