import { astro } from './astro.js';
import { devto } from './devto.js';
import { docusaurus } from './docusaurus.js';
import { eleventy } from './eleventy.js';
import { hashnode } from './hashnode.js';
import { hugo } from './hugo.js';
import { jekyll } from './jekyll.js';
import { markdown } from './markdown.js';
import type { Target } from './target.js';

export type { Target, TargetOptions } from './target.js';

export const TARGETS: Readonly<Record<string, Target>> = {
  markdown,
  hugo,
  astro,
  jekyll,
  eleventy,
  docusaurus,
  devto,
  hashnode,
};

export const TARGET_NAMES = Object.keys(TARGETS);
