import { readFileSync } from 'node:fs';
import { DueRules, DueRulesFileError, bundledDueRules, parseDueRules } from './due-rules';

/** Nest token for the DueRules in force. */
export const DUE_RULES = Symbol('DueRules');

type Env = Record<string, string | undefined>;

/**
 * The bundled due rules, with any kinds redefined by the JSON file DUE_RULES_FILE names
 * (same shape; kinds it leaves out keep the bundled rule). Runs at startup.
 */
export function loadDueRules(env: Env = process.env, read: (path: string) => string = (p) => readFileSync(p, 'utf8')): DueRules {
  const base = bundledDueRules();
  const file = env.DUE_RULES_FILE?.trim();
  if (!file) return base;
  let json: unknown;
  try {
    json = JSON.parse(read(file));
  } catch (error) {
    throw new DueRulesFileError(`DUE_RULES_FILE=${file}`, [`cannot be read as JSON: ${(error as Error).message}`]);
  }
  return parseDueRules(json, `DUE_RULES_FILE=${file}`, base);
}

export const dueRulesProvider = { provide: DUE_RULES, useFactory: (): DueRules => loadDueRules() };
