import { Band, Component, Gap, MAX_HUNDREDTHS, Methodology, MethodologyFile, OpinionQualifier, ZONES, toHundredths } from './methodology';

/** A methodology file that does not have the expected shape; lists every problem with its path. */
export class MethodologyFileError extends Error {
  override name = 'MethodologyFileError';
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`Methodology file ${source} is invalid:\n  - ${problems.join('\n  - ')}`);
  }
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isYear = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 1990 && (v as number) <= 2200;
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** Checks an untrusted JSON value and returns it typed, or throws MethodologyFileError. */
export function parseMethodologyFile(json: unknown, source: string): MethodologyFile {
  const problems: string[] = [];
  const need = (ok: boolean, path: string, what: string) => {
    if (!ok) problems.push(`${path}: ${what}`);
    return ok;
  };
  if (!isObj(json)) throw new MethodologyFileError(source, ['(root): expected an object {schemaVersion, gaps, methodologies}']);
  need(json.schemaVersion === 1, 'schemaVersion', 'expected 1');
  const gaps = Array.isArray(json.gaps) ? json.gaps : json.gaps === undefined ? [] : null;
  need(gaps !== null, 'gaps', 'expected an array of {year, note}');
  (gaps ?? []).forEach((g, i) =>
    need(isObj(g) && isYear(g.year) && isText(g.note), `gaps[${i}]`, 'expected {year: integer, note: non-empty text}'),
  );
  need(Array.isArray(json.methodologies), 'methodologies', 'expected an array');
  const list = Array.isArray(json.methodologies) ? json.methodologies : [];
  list.forEach((m, i) => checkMethodology(m, `methodologies[${i}]`, need));
  if (problems.length > 0) throw new MethodologyFileError(source, problems);
  return { schemaVersion: 1, gaps: (gaps ?? []) as Gap[], methodologies: list as Methodology[] };
}

type Need = (ok: boolean, path: string, what: string) => boolean;

function checkMethodology(m: unknown, at: string, need: Need): void {
  if (!need(isObj(m), at, 'expected an object')) return;
  const e = m as Obj;
  need(isText(e.id) && /^[a-z0-9][a-z0-9-]*$/.test(e.id as string), `${at}.id`, 'expected a kebab-case id');
  need(Number.isInteger(e.version) && (e.version as number) >= 1, `${at}.version`, 'expected an integer ≥ 1');
  need(isText(e.name), `${at}.name`, 'expected non-empty text');
  need(e.fromYear === null || isYear(e.fromYear), `${at}.fromYear`, 'expected a year or null');
  need(e.toYear === null || isYear(e.toYear), `${at}.toYear`, 'expected a year or null');
  if (isYear(e.fromYear) && isYear(e.toYear)) need(e.fromYear <= e.toYear, `${at}.toYear`, 'must not be before fromYear');
  need(typeof e.provisional === 'boolean', `${at}.provisional`, 'expected true or false');
  need(Array.isArray(e.notes) && e.notes.every(isText), `${at}.notes`, 'expected an array of non-empty texts');
  need(e.opinionQualifier === null || isQualifier(e.opinionQualifier), `${at}.opinionQualifier`, 'expected null or {suffix, requestField: "withoutMaladministration", note}');
  if (need(Array.isArray(e.components), `${at}.components`, 'expected an array')) {
    (e.components as unknown[]).forEach((c, i) =>
      need(isComponent(c), `${at}.components[${i}]`, 'expected {id, name, weightPercent: 0–100}'),
    );
  }
  if (need(Array.isArray(e.bands) && e.bands.length > 0, `${at}.bands`, 'expected a non-empty array')) {
    checkBands(e.bands as unknown[], `${at}.bands`, need);
  }
}

const isQualifier = (q: unknown): q is OpinionQualifier =>
  isObj(q) && isText(q.suffix) && q.requestField === 'withoutMaladministration' && isText(q.note);

const isComponent = (c: unknown): c is Component =>
  isObj(c) && isText(c.id) && isText(c.name) && typeof c.weightPercent === 'number' && c.weightPercent >= 0 && c.weightPercent <= 100;

/** Bands must ascend without gap or overlap from 0.00 to 100.00, one hundredth apart. */
function checkBands(bands: unknown[], at: string, need: Need): void {
  let expectedMin = 0;
  for (const [i, b] of bands.entries()) {
    const path = `${at}[${i}]`;
    if (!need(isObj(b), path, 'expected {category, opinion, zone, min, max}')) return;
    const band = b as Obj;
    need(band.category === null || isText(band.category), `${path}.category`, 'expected text or null');
    need(band.opinion === null || isText(band.opinion), `${path}.opinion`, 'expected text or null');
    need(ZONES.includes(band.zone as Band['zone']), `${path}.zone`, `expected one of ${ZONES.join(', ')}`);
    const min = toHundredths(band.min);
    const max = toHundredths(band.max);
    if (!need(min !== null && max !== null, path, 'min and max must be numbers with at most two decimals')) return;
    if (!need(min === expectedMin, `${path}.min`, `expected ${(expectedMin / 100).toFixed(2)} (bands ascend without gaps)`)) return;
    if (!need(max! >= min!, `${path}.max`, 'must not be below min')) return;
    expectedMin = max! + 1;
  }
  need(expectedMin === MAX_HUNDREDTHS + 1, `${at}`, 'the last band must end at 100.00');
}
