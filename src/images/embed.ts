/** Hosts whose embeds migration tools know by name; `www.` and `m.` are dropped before looking up. */
const PROVIDERS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:youtube\.com|youtu\.be|youtube-nocookie\.com|music\.youtube\.com)$/, 'YouTube'],
  [/^gist\.github\.com$/, 'GitHub gist'],
  [/^github\.com$/, 'GitHub'],
  [/^codepen\.io$/, 'CodePen'],
  [/^(?:codesandbox\.io|[\w-]+\.csb\.app)$/, 'CodeSandbox'],
  [/^(?:twitter\.com|x\.com|mobile\.twitter\.com)$/, 'Twitter/X'],
  [/^(?:vimeo\.com|player\.vimeo\.com)$/, 'Vimeo'],
  [/^loom\.com$/, 'Loom'],
  [/^stackblitz\.com$/, 'StackBlitz'],
  [/^(?:replit\.com|repl\.it)$/, 'Replit'],
  [/^(?:open\.)?spotify\.com$/, 'Spotify'],
  [/^soundcloud\.com$/, 'SoundCloud'],
  [/^(?:[\w-]+\.)?glitch\.(?:com|me)$/, 'Glitch'],
  [/^figma\.com$/, 'Figma'],
];

/** Who serves an embedded URL: a known provider's name, else the host; `not a URL` when it has none. */
export function embedProvider(value: string): string {
  const host = hostOf(value);
  if (host === undefined) return 'not a URL';
  const bare = host.replace(/^(?:www|m)\./, '');
  return PROVIDERS.find(([pattern]) => pattern.test(bare))?.[1] ?? bare;
}

function hostOf(value: string): string | undefined {
  // `youtube.com/watch?v=…` without a scheme still names a host.
  const candidate = /^[a-z][\w+.-]*:/i.test(value) ? value : `https://${value}`;
  try {
    const url = new URL(candidate);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return url.hostname.includes('.') ? url.hostname.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}
