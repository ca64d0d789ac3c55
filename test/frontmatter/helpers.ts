import { rules } from '../../plugins/index.js';
import { tidy, type TidyResult } from '../../src/pipeline/tidy.js';
import { levelOf } from '../../src/report/severity.js';
import type { RuleSetting } from '../../src/rules/types.js';

export const FRONTMATTER_RULES = [
  'frontmatter-format',
  'frontmatter-date',
  'frontmatter-tags',
  'frontmatter-fields',
];

/** Settings with every rule off but frontmatter-syntax and the four frontmatter rules (or the ones named). */
export function frontmatterOnly(
  settings: Record<string, RuleSetting> = {},
  on: readonly string[] = FRONTMATTER_RULES,
): Record<string, RuleSetting> {
  const all = Object.fromEntries(
    rules.map((rule) => [
      rule.meta.id,
      rule.meta.id === 'frontmatter-syntax' || on.includes(rule.meta.id) ? rule.meta.severity : 'off',
    ]),
  );
  return { ...all, ...settings } as Record<string, RuleSetting>;
}

export function run(
  text: string,
  options: {
    fix?: boolean;
    path?: string;
    settings?: Record<string, RuleSetting>;
    on?: readonly string[];
  } = {},
): TidyResult & { lines: string[] } {
  const result = tidy(text, {
    fix: options.fix ?? true,
    path: options.path,
    rules: frontmatterOnly(options.settings, options.on),
  });
  return { ...result, lines: result.messages.map(format) };
}

export function format(message: TidyResult['messages'][number]): string {
  return `${message.line}:${message.column}  ${levelOf(message)}  ${message.reason}  ${message.ruleId ?? ''}`;
}

/** The seeds' frontmatter as Hashnode's backup wrote it (seed 001's title is still mojibake). */
export const SEED_000 =
  '---\ntitle: "Docker Basics & Advanced Challenge"\ndatePublished: Sun Jun 08 2025 13:19:59 GMT+0000 (Coordinated Universal Time)\ncuid: cmbnox8mw000f02ky6h6a3jap\nslug: docker-basics-and-advanced-challenge\ncover: https://cdn.hashnode.com/res/hashnode/image/upload/v1749388754178/04153835-403f-4b5d-b218-6e2ebdd8203f.png\ntags: docker, developer, devops, docker-images, devops-articles\n\n---\n';
export const SEED_001 =
  '---\ntitle: "Docker Basics & Advanced Challenge \u00e2\u20ac\u201c Week 5 of #90DaysOfDevOps"\nseoTitle: "docker , docker advanced"\nseoDescription: "Docker Basics & Advanced Challenge \u00e2\u20ac\u201c Week 5"\ndatePublished: Mon Jul 07 2025 16:47:14 GMT+0000 (Coordinated Universal Time)\ncuid: cmctc3h80000l02jtgmctepj5\nslug: docker-basics-and-advanced-challenge-week-5-of-90daysofdevops\ntags: docker-basics-and-advanced-challenge-week-5\n\n---\n';
