/**
 * A year's assessment method as data. Scores are compared in integer hundredths
 * (77.99 → 7799) so floating-point error can never move a band boundary.
 */
export const ZONES = ['merah', 'kuning', 'hijau'] as const;
export type Zone = (typeof ZONES)[number];

export interface Band {
  /** A–E from 2022; null for the zone-only survey years. */
  category: string | null;
  opinion: string | null;
  zone: Zone;
  /** Inclusive limits, two decimals. */
  min: number;
  max: number;
}

export interface Component {
  id: string;
  name: string;
  weightPercent: number;
}

/** A label appended to the band's opinion when a yes/no fact about the provider holds. */
export interface OpinionQualifier {
  suffix: string;
  /** Name of the request field carrying that fact. */
  requestField: 'withoutMaladministration';
  note: string;
}

export interface Methodology {
  id: string;
  version: number;
  name: string;
  /** Inclusive; null = open-ended. */
  fromYear: number | null;
  toYear: number | null;
  /** True while part of the method is inferred rather than read in a regulation (see notes). */
  provisional: boolean;
  components: Component[];
  /** Contiguous, ascending, covering 0.00–100.00. */
  bands: Band[];
  opinionQualifier: OpinionQualifier | null;
  notes: string[];
}

/** Years in which no assessment took place at all. */
export interface Gap {
  year: number;
  note: string;
}

export interface MethodologyFile {
  schemaVersion: 1;
  gaps: Gap[];
  methodologies: Methodology[];
}

export interface Grade {
  category: string | null;
  zone: Zone;
  opinion: string | null;
}

export const MAX_HUNDREDTHS = 10_000;

const TWO_DECIMALS = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;

/**
 * 81.22 → 8122. Null when the value is not a finite number with at most two decimals
 * (81.225, NaN, 1e21). Parses the number's shortest decimal form, so it is exact.
 */
export function toHundredths(value: unknown): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  const m = TWO_DECIMALS.exec(String(value));
  if (!m) return null;
  const magnitude = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] === '-' ? -magnitude : magnitude;
}

export const fromHundredths = (h: number): number => h / 100;

export function coversYear(m: Pick<Methodology, 'fromYear' | 'toYear'>, year: number): boolean {
  return (m.fromYear === null || year >= m.fromYear) && (m.toYear === null || year <= m.toYear);
}

/** The band a score (in hundredths, already range-checked) falls in. */
export function grade(methodology: Methodology, hundredths: number, qualified = false): Grade {
  const band = methodology.bands.find((b) => toHundredths(b.min)! <= hundredths && hundredths <= toHundredths(b.max)!);
  if (!band) throw new Error(`${methodology.id}: no band holds ${hundredths / 100}; the catalog should have refused it`);
  const suffix = qualified && methodology.opinionQualifier && band.opinion ? ` ${methodology.opinionQualifier.suffix}` : '';
  return { category: band.category, zone: band.zone, opinion: band.opinion === null ? null : band.opinion + suffix };
}
