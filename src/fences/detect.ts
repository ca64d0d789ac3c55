import type { Language } from './languages.js';
import { proseRatio } from './prose.js';
import { pythonShape } from './python-shape.js';
import { stripTrailingComment, takeSample, type Sample } from './sample.js';
import { addEvidence, dropHit, hit, scoreOf, scoreSignals, type Tallies } from './score.js';
import { sessionShape } from './session.js';
import type { Signal } from './signal.js';
import { codeSignals } from './signals-code.js';
import { dataSignals } from './signals-data.js';
import { opsSignals, UNKNOWN_PROGRAM } from './signals-ops.js';
import { webSignals } from './signals-web.js';
import { checkJson, checkYaml } from './structured.js';
import { resolveVariant, FAMILIES, type Family } from './variants.js';

export interface Detection {
  language: string;
  /** 0..1; the classifier abstains below MIN_CONFIDENCE. */
  confidence: number;
  /** Human-readable reasons, strongest first. */
  evidence: string[];
}

/** Below this total score the evidence is too thin to name a language. */
const MIN_SCORE = 2.5;
/** Wrong labels cost more than missing ones, so abstain unless the winner clearly leads. */
const MIN_CONFIDENCE = 0.5;

let allSignals: readonly Signal[] | undefined;
/** The signal tables, built on the first block classified: a run over posts without code never needs them. */
function signals(): readonly Signal[] {
  return (allSignals ??= [...opsSignals(), ...dataSignals(), ...webSignals(), ...codeSignals()]);
}

function collect(sample: Sample): Tallies {
  const tallies: Tallies = new Map();
  const json = checkJson(sample);
  if (json) addEvidence(tallies, 'json', json.score, json.evidence);
  const yaml = checkYaml(sample);
  // A YAML file's `run: |` scripts are strings: only the lines outside them speak for other languages.
  const scored = yaml ? { ...sample, code: yaml.outside.map(stripTrailingComment) } : sample;
  scoreSignals(scored, signals(), tallies);
  const python = pythonShape(scored);
  if (python.score > 0) addEvidence(tallies, 'python', python.score, python.why);
  if (yaml) {
    addEvidence(tallies, 'yaml', yaml.score, yaml.evidence);
    // Commands in a CI file's `script: |` are strings of the YAML, and CI steps name many tools.
    dropHit(tallies, 'bash', UNKNOWN_PROGRAM);
  } else tallies.delete('yaml'); // key-name hints mean nothing unless the text is structurally YAML
  // `key = value` lines alone are just assignments; INI/TOML need a `[section]` header.
  if (
    hit(tallies, 'ini', '`[section]` header') +
      scoreOf(tallies, 'toml') -
      hit(tallies, 'toml', 'typed `key = "value"`') <=
    0
  ) {
    tallies.delete('ini');
    tallies.delete('toml');
  }
  applyContextRules(sample, tallies);
  const session = sessionShape(sample);
  if (session.prompts > 0 && session.output > 0 && scoreOf(tallies, 'bash') > 0) {
    addEvidence(
      tallies,
      'shell-session',
      scoreOf(tallies, 'bash') + 1,
      `${session.prompts} prompt line(s) followed by output`,
    );
    tallies.delete('bash');
  }
  return tallies;
}

/** Signals that only mean something next to others (or never next to others). */
function applyContextRules(sample: Sample, tallies: Tallies): void {
  // `# Title` is a comment in most languages; headings count only beside other Markdown.
  if (scoreOf(tallies, 'markdown') === hit(tallies, 'markdown', 'Markdown heading'))
    tallies.delete('markdown');
  // Commands nested in brace blocks (`stage('x') { steps { sh '...' } }`) are another language's
  // DSL; shell scripts rarely open braces except for function bodies.
  const braces = sample.code.filter((l) => l.endsWith('{') || l.startsWith('}')).length;
  if (braces >= sample.code.length * 0.3 && hit(tallies, 'bash', 'shell function definition') === 0) {
    tallies.delete('bash');
  }
  // `.name {` or `.call({` alone is not a stylesheet; declarations or at-rules must be there too.
  if (scoreOf(tallies, 'css') === hit(tallies, 'css', 'CSS rule `selector {`')) tallies.delete('css');
  // LINQ query syntax borrows SQL's keywords.
  if (hit(tallies, 'csharp', 'LINQ query `from x in source`') > 0) tallies.delete('sql');
  // `FROM x` alone is as likely SQL as a Dockerfile, unless x is an image reference (`node:20`).
  if (
    scoreOf(tallies, 'dockerfile') === hit(tallies, 'dockerfile', '`FROM image` instruction') &&
    !sample.code.some((l) => /^FROM [\w.-]+[:/@]\S/.test(l))
  )
    tallies.delete('dockerfile');
  // Flags and `&&` chains on `RUN` lines are the Dockerfile's, when no line is a command of its own.
  if (
    scoreOf(tallies, 'dockerfile') > 0 &&
    hit(tallies, 'bash', 'line starts with a known shell command') === 0 &&
    hit(tallies, 'bash', 'shebang names a POSIX shell') === 0
  )
    tallies.delete('bash');
  // Markup must make up a fair share of the lines, not one template buried in other code.
  const markupLines = sample.code.filter(
    (l) => l.startsWith('<') || l.startsWith('{{') || l.startsWith('{%'),
  ).length;
  if (markupLines < sample.code.length * 0.25) {
    tallies.delete('html');
    tallies.delete('xml');
  }
  // Capitalised tags are JSX only inside JavaScript (or beside `className=`-style attributes);
  // then the lower-case tags are JSX too.
  const script = scoreOf(tallies, 'javascript') + scoreOf(tallies, 'typescript');
  if (script < 2 && hit(tallies, 'jsx', 'JSX attribute (`className=`)') === 0) tallies.delete('jsx');
  else if (
    scoreOf(tallies, 'jsx') >= 3 &&
    !sample.code.some((l) => /^<(script|!DOCTYPE|html|head)\b/i.test(l))
  ) {
    addEvidence(tallies, 'jsx', scoreOf(tallies, 'html'), 'HTML-like elements inside script');
    tallies.delete('html');
    tallies.delete('xml');
  }
  // A target followed by a tab-indented recipe: the recipe's shell commands belong to the Makefile.
  const targets = makeTargets(sample);
  if (targets > 0) {
    addEvidence(tallies, 'makefile', 3 * Math.min(targets, 3), '`target:` followed by a tab-indented recipe');
    tallies.delete('bash');
  }
}

function makeTargets(sample: Sample): number {
  let n = 0;
  const lines = sample.lines;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (/^[\w./%$()-]+( [\w./%$()-]+)* ?:( [^=].*)?$/.test(lines[i] ?? '') && lines[i + 1]?.startsWith('\t'))
      n++;
  }
  return n;
}

function familyScores(tallies: Tallies): { family: Family; score: number }[] {
  return FAMILIES.map((family) => ({
    family,
    score: family.members.reduce((sum, lang) => sum + Math.max(0, scoreOf(tallies, lang)), 0),
  })).sort((a, b) => b.score - a.score);
}

function evidenceFor(tallies: Tallies, members: readonly Language[]): string[] {
  const all: [string, number][] = [];
  for (const lang of members) for (const e of tallies.get(lang)?.hits ?? []) if (e[1] > 0) all.push(e);
  return all
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([why]) => why);
}

/**
 * Infer the language of a code block from its text alone, or return null when unsure.
 * Only the first MAX_SAMPLE_LINES lines / MAX_SAMPLE_CHARS characters are inspected.
 */
export function detectLanguage(code: string): Detection | null {
  const sample = takeSample(code);
  if (sample.code.length === 0) return null;
  const tallies = collect(sample);
  const ranked = familyScores(tallies);
  const top = ranked[0];
  if (!top || top.score < MIN_SCORE) return null;
  const runnerUp = ranked[1]?.score ?? 0;
  const prose = proseRatio(sample);
  // Strength saturates with score; the lead over the runner-up and the share of prose temper it.
  const strength = 1 - Math.exp(-top.score / 2.5);
  const lead = 1 - runnerUp / top.score;
  const confidence = strength * lead * (1 - prose);
  if (confidence < MIN_CONFIDENCE) return null;
  const language = resolveVariant(top.family, tallies);
  const evidence = evidenceFor(tallies, top.family.members);
  return { language, confidence: Math.round(confidence * 1000) / 1000, evidence };
}
