/** Which reader the frontmatter is written for. */
export type ProfileName = 'hashnode-backup' | 'hashnode-publish';

export interface Profile {
  /** Keys that must be present with a value. */
  required: readonly string[];
  /** Keys the reader knows; undefined means any key is fine. */
  known?: ReadonlySet<string>;
  /** Keys the reader takes as `true` or `false`. */
  booleans: ReadonlySet<string>;
  /** At most this many tags, when the reader has a limit. */
  maxTags?: number;
  /** Whether `domain` must be a host name. */
  domain: boolean;
}

/** What Hashnode's GitHub backup writes for every published post. */
const BACKUP_KEYS = ['title', 'subtitle', 'seoTitle', 'seoDescription', 'datePublished', 'cuid', 'slug'];
const BACKUP_OPTIONAL = ['cover', 'ogImage', 'tags', 'canonical'];

/** The switches of Hashnode's publish-from-GitHub frontmatter. */
const PUBLISH_BOOLEANS = [
  'saveAsDraft',
  'enableToc',
  'ignorePost',
  'hideFromHashnodeCommunity',
  'disableComments',
];
const PUBLISH_KEYS = [
  'title',
  'slug',
  'tags',
  'domain',
  'subtitle',
  'cover',
  'canonical',
  'seriesSlug',
  'publishAs',
  'coAuthors',
  'seoTitle',
  'seoDescription',
  'ogImage',
  ...PUBLISH_BOOLEANS,
];

export const PROFILES: Readonly<Record<ProfileName, Profile>> = {
  'hashnode-backup': {
    required: ['title', 'slug', 'datePublished', 'cuid'],
    booleans: new Set(),
    domain: false,
  },
  'hashnode-publish': {
    required: ['title', 'slug', 'tags', 'domain'],
    // A backup published again keeps its backup keys; Hashnode ignores them, so they are not unknown.
    known: new Set([...PUBLISH_KEYS, ...BACKUP_KEYS, ...BACKUP_OPTIONAL]),
    booleans: new Set(PUBLISH_BOOLEANS),
    maxTags: 5,
    domain: true,
  },
};

/** A draft in Hashnode's backup (`draft-<id>.md`) has no date or cuid yet. */
export const DRAFT_REQUIRED: readonly string[] = ['title'];

export function isProfileName(name: unknown): name is ProfileName {
  return typeof name === 'string' && Object.hasOwn(PROFILES, name);
}
