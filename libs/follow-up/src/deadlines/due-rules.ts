import { RECOMMENDATION_KINDS, RecommendationKind } from '../recommendation/domain/recommendation.vocabulary';
import bundled from './due-rules.bundled.json';

export const DAY_BASES = ['calendar', 'working'] as const;
export type DayBasis = (typeof DAY_BASES)[number];

/** How long a provider has to act on one kind of recommendation, and where that comes from. */
export interface DueRule {
  days: number;
  basis: DayBasis;
  source: string;
}

export type DueRules = Record<RecommendationKind, DueRule>;

export class DueRulesFileError extends Error {
  override name = 'DueRulesFileError';
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`Due rules file ${file} is invalid:\n  - ${problems.join('\n  - ')}`);
  }
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks an untrusted JSON value. With `base`, the file may list only some kinds
 * (the others keep the base's rule); without it, every kind must be present.
 */
export function parseDueRules(json: unknown, file: string, base?: DueRules): DueRules {
  const problems: string[] = [];
  if (!isObj(json) || json.schemaVersion !== 1 || !isObj(json.rules)) {
    throw new DueRulesFileError(file, ['(root): expected {schemaVersion: 1, rules: {<kind>: {days, basis, source}}}']);
  }
  const rules = json.rules;
  for (const key of Object.keys(rules)) {
    if (!RECOMMENDATION_KINDS.includes(key as RecommendationKind)) problems.push(`rules.${key}: unknown kind; expected ${RECOMMENDATION_KINDS.join(', ')}`);
  }
  const out: Partial<DueRules> = { ...base };
  for (const kind of RECOMMENDATION_KINDS) {
    const r = rules[kind];
    if (r === undefined) {
      if (!base) problems.push(`rules.${kind}: missing`);
      continue;
    }
    if (!isObj(r)) {
      problems.push(`rules.${kind}: expected {days, basis, source}`);
      continue;
    }
    if (!Number.isInteger(r.days) || (r.days as number) < 1 || (r.days as number) > 365) problems.push(`rules.${kind}.days: expected an integer 1–365`);
    if (!DAY_BASES.includes(r.basis as DayBasis)) problems.push(`rules.${kind}.basis: expected ${DAY_BASES.join(' or ')}`);
    if (typeof r.source !== 'string' || r.source.trim() === '') problems.push(`rules.${kind}.source: expected non-empty text saying where the rule comes from`);
    out[kind] = { days: r.days as number, basis: r.basis as DayBasis, source: r.source as string };
  }
  if (problems.length > 0) throw new DueRulesFileError(file, problems);
  return out as DueRules;
}

export const bundledDueRules = (): DueRules => parseDueRules(bundled, 'due-rules.bundled.json');
