import { readFileSync } from 'node:fs';
import bundled from './escalation-ladder.json';

/**
 * One rung of the escalation ladder (DOMAIN.md: unit head → regional secretary / head of
 * region → Ombudsman leadership, publication): whom an overdue deadline goes to, and how
 * many whole days (24 h) after the due instant.
 */
export interface EscalationRung {
  level: number;
  to: string;
  afterDays: number;
}

/** Rungs in level order: level 1 first, levels 1..n without gaps. */
export type EscalationLadder = readonly EscalationRung[];

export const ESCALATION_LADDER = Symbol('EscalationLadder');

export class EscalationLadderError extends Error {
  override name = 'EscalationLadderError';
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`Escalation ladder ${file} is invalid:\n  - ${problems.join('\n  - ')}`);
  }
}

const RUNG_NAME = /^[a-z][a-z0-9_]{0,63}$/;

/** Checks an untrusted JSON value: levels 1..n in order, names in snake_case, delays never decreasing. */
export function parseEscalationLadder(json: unknown, file: string): EscalationLadder {
  if (!Array.isArray(json) || json.length === 0) {
    throw new EscalationLadderError(file, ['(root): expected a non-empty array of {level, to, afterDays}']);
  }
  const problems: string[] = [];
  const rungs = json.map((raw: unknown, i): EscalationRung => {
    const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    if (r.level !== i + 1) problems.push(`[${i}].level: expected ${i + 1} (levels run 1..n in order)`);
    if (typeof r.to !== 'string' || !RUNG_NAME.test(r.to)) problems.push(`[${i}].to: expected a snake_case name such as unit_head`);
    if (!Number.isInteger(r.afterDays) || (r.afterDays as number) < 0 || (r.afterDays as number) > 3650) {
      problems.push(`[${i}].afterDays: expected an integer 0–3650`);
    }
    return { level: r.level as number, to: r.to as string, afterDays: r.afterDays as number };
  });
  rungs.forEach((rung, i) => {
    if (i > 0 && rung.afterDays < rungs[i - 1].afterDays) problems.push(`[${i}].afterDays: must not be less than level ${i}'s`);
  });
  if (problems.length > 0) throw new EscalationLadderError(file, problems);
  return Object.freeze(rungs.map((r) => Object.freeze(r)));
}

export const bundledEscalationLadder = (): EscalationLadder => parseEscalationLadder(bundled, 'escalation-ladder.json');

type Env = Record<string, string | undefined>;

/** The bundled ladder, or the whole ladder in the JSON file ESCALATION_LADDER_FILE names. Runs at startup. */
export function loadEscalationLadder(env: Env = process.env, read: (path: string) => string = (p) => readFileSync(p, 'utf8')): EscalationLadder {
  const file = env.ESCALATION_LADDER_FILE?.trim();
  if (!file) return bundledEscalationLadder();
  let json: unknown;
  try {
    json = JSON.parse(read(file));
  } catch (error) {
    throw new EscalationLadderError(`ESCALATION_LADDER_FILE=${file}`, [`cannot be read as JSON: ${(error as Error).message}`]);
  }
  return parseEscalationLadder(json, `ESCALATION_LADDER_FILE=${file}`);
}

export const escalationLadderProvider = { provide: ESCALATION_LADDER, useFactory: (): EscalationLadder => loadEscalationLadder() };
