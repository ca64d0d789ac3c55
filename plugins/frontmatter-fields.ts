import path from 'node:path';
import { isCollection, isScalar, isSeq } from 'yaml';
import { defineRule } from '../src/rules/define-rule.js';
import { entryMap, frontmatterOf, type Entry } from '../src/frontmatter/parse.js';
import { DRAFT_REQUIRED, isProfileName, PROFILES, type ProfileName } from '../src/frontmatter/profiles.js';
import { splitTags } from '../src/frontmatter/tags.js';
import type { RuleContext } from '../src/rules/types.js';

export interface FrontmatterFieldsOptions {
  /** Whose frontmatter this is: Hashnode's backup (default) or a post Hashnode publishes from GitHub. */
  profile?: ProfileName;
}

type Reporter = RuleContext<unknown>['report'];

/** A host name, as Hashnode's `domain` takes it: no scheme, no path. */
const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

/**
 * Finds frontmatter that lacks what its reader needs: the backup's title, slug, date and cuid, or the
 * title, slug, tags and domain Hashnode needs to publish from GitHub.
 */
export const frontmatterFields = defineRule<FrontmatterFieldsOptions>(
  {
    id: 'frontmatter-fields',
    description: 'Frontmatter has the fields its profile requires.',
    severity: 'error',
    fixable: false,
    tags: ['frontmatter'],
  },
  ({ tree, source, file, options, report }) => {
    const name = options?.profile ?? 'hashnode-backup';
    if (!isProfileName(name)) throw new Error(`Unknown frontmatter-fields profile \`${String(name)}\``);
    const profile = PROFILES[name];
    const parsed = frontmatterOf(tree, source);
    if (!parsed) return;
    const block = parsed.block;
    const entries = entryMap(parsed.entries);
    const draft = name === 'hashnode-backup' && path.basename(file.path ?? '').startsWith('draft-');
    const required = draft ? DRAFT_REQUIRED : profile.required;
    for (const entry of parsed.entries) {
      if (required.includes(entry.key) && isEmpty(entry)) {
        report({
          at: { start: entry.keyStart, end: entry.keyEnd },
          reason: `Unexpected empty \`${entry.key}\`, expected a value for the \`${name}\` profile`,
        });
      }
      if (profile.known && !profile.known.has(entry.key)) {
        report({
          at: { start: entry.keyStart, end: entry.keyEnd },
          reason: `Unexpected key \`${entry.key}\`, expected one the \`${name}\` profile knows; it is ignored`,
          atMost: 'warn',
        });
      }
      if (profile.booleans.has(entry.key)) checkBoolean(entry, report);
      if (entry.key === 'tags' && profile.maxTags !== undefined)
        checkTagCount(entry, profile.maxTags, report);
      if (entry.key === 'domain' && profile.domain) checkDomain(entry, report);
    }
    // A missing key belongs before the closing `---`, where it would be added.
    const closing = { start: block.close, end: block.close + 3 };
    for (const key of required) {
      if (!entries.has(key)) {
        report({
          at: closing,
          reason: `Missing \`${key}\` in frontmatter, expected it for the \`${name}\` profile`,
        });
      }
    }
  },
);

export default frontmatterFields;

function checkDomain(entry: Entry, report: Reporter) {
  if (!isScalar(entry.value) || typeof entry.value.value !== 'string') return;
  const host = entry.value.value.trim();
  if (host === '' || HOST.test(host)) return;
  const bare = host.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '');
  report({
    at: { start: entry.valueStart, end: entry.valueEnd },
    reason: `Unexpected domain \`${host}\`, expected a host name such as \`${HOST.test(bare) ? bare : 'example.hashnode.dev'}\``,
  });
}

function isEmpty(entry: Entry): boolean {
  const value = entry.value;
  if (value === null) return true;
  if (isScalar(value)) return value.value === null || String(value.value).trim() === '';
  return isCollection(value) && value.items.length === 0;
}

function checkBoolean(entry: Entry, report: Reporter) {
  const value = entry.value;
  // `saveAsDraft:` with nothing is false to Hashnode; only a value that is not a boolean is reported.
  if (!isScalar(value) || value.value === null || typeof value.value === 'boolean') return;
  report({
    at: { start: entry.valueStart, end: entry.valueEnd },
    reason: `Unexpected \`${String(value.value)}\` in \`${entry.key}\`, expected \`true\` or \`false\``,
  });
}

function checkTagCount(entry: Entry, max: number, report: Reporter) {
  const value = entry.value;
  const count = isSeq(value)
    ? value.items.length
    : isScalar(value) && typeof value.value === 'string'
      ? splitTags(value.value).length
      : 0;
  if (count <= max) return;
  report({
    at: { start: entry.valueStart, end: entry.valueEnd },
    reason: `Unexpected ${count} tags, expected at most ${max}: Hashnode publishes a post with up to ${max} tag slugs`,
  });
}
