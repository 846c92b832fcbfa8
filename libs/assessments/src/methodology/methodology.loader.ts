import { readFileSync } from 'node:fs';
import { MethodologyCatalog } from './methodology-catalog';
import { MethodologyFileError, parseMethodologyFile } from './methodology-file';
import bundled from './methodologies.json';

/** Nest token for the MethodologyCatalog in force. */
export const METHODOLOGY_CATALOG = Symbol('MethodologyCatalog');

type Env = Record<string, string | undefined>;

/**
 * The bundled methodologies plus, when METHODOLOGY_FILE names one, an extra JSON file of
 * the same shape whose entries are added or replace bundled ones by id. Runs at startup,
 * so a bad file stops the process with every problem listed.
 */
export function loadMethodologyCatalog(env: Env = process.env, read: (path: string) => string = (p) => readFileSync(p, 'utf8')): MethodologyCatalog {
  const files = [parseMethodologyFile(bundled, 'methodologies.json')];
  const extra = env.METHODOLOGY_FILE?.trim();
  if (!extra) return new MethodologyCatalog(files);
  let json: unknown;
  try {
    json = JSON.parse(read(extra));
  } catch (error) {
    throw new MethodologyFileError(`METHODOLOGY_FILE=${extra}`, [`cannot be read as JSON: ${(error as Error).message}`]);
  }
  files.push(parseMethodologyFile(json, `METHODOLOGY_FILE=${extra}`));
  return new MethodologyCatalog(files, `METHODOLOGY_FILE=${extra}`);
}

export const methodologyCatalogProvider = { provide: METHODOLOGY_CATALOG, useFactory: (): MethodologyCatalog => loadMethodologyCatalog() };
