import type { RuleSetting, Severity } from '../rules/types.js';

/** The settings a user writes in `hashnode-tidy.config.json` or under `hashnode-tidy` in package.json. */
export interface TidyConfig {
  rules?: Record<string, RuleSetting>;
}

export class ConfigError extends Error {}

const SEVERITIES: readonly Severity[] = ['off', 'info', 'warn', 'error'];

/** Checks a parsed config against the known rule ids, so a typo fails loudly instead of doing nothing. */
export function validateConfig(value: unknown, where: string, knownRules: readonly string[]): TidyConfig {
  if (!isRecord(value)) throw new ConfigError(`${where}: expected an object, got ${describe(value)}`);
  for (const key of Object.keys(value)) {
    if (key !== 'rules' && !key.startsWith('$')) {
      throw new ConfigError(`${where}: unknown setting \`${key}\`, expected \`rules\``);
    }
  }
  const rules = value.rules;
  if (rules === undefined) return {};
  if (!isRecord(rules))
    throw new ConfigError(`${where}: \`rules\` must be an object, got ${describe(rules)}`);
  for (const [id, setting] of Object.entries(rules)) {
    if (!knownRules.includes(id)) {
      throw new ConfigError(`${where}: unknown rule \`${id}\`; known rules: ${knownRules.join(', ')}`);
    }
    const severity = Array.isArray(setting) ? setting[0] : setting;
    if (!SEVERITIES.includes(severity as Severity)) {
      throw new ConfigError(
        `${where}: rule \`${id}\` has severity ${JSON.stringify(severity)}, expected one of ${SEVERITIES.map((s) => `"${s}"`).join(', ')} or [severity, options]`,
      );
    }
  }
  return { rules: rules as Record<string, RuleSetting> };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  return Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value;
}
