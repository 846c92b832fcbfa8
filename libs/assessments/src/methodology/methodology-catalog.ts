import { invalid } from '@app/kernel';
import { Gap, Methodology, MethodologyFile, coversYear } from './methodology';
import { MethodologyFileError, parseMethodologyFile } from './methodology-file';
import bundled from './methodologies.json';

interface YearRange {
  from: number | null;
  to: number | null;
}

/** Which method applies to which year; later files add entries or replace them by id. */
export class MethodologyCatalog {
  private readonly methodologies: Methodology[];
  private readonly gaps: Gap[];

  constructor(files: MethodologyFile[], source = 'methodology catalog') {
    const byId = new Map<string, Methodology>();
    const gaps = new Map<number, Gap>();
    for (const file of files) {
      for (const m of file.methodologies) byId.set(m.id, m);
      for (const g of file.gaps) gaps.set(g.year, g);
    }
    this.methodologies = [...byId.values()].sort((a, b) => (a.fromYear ?? -Infinity) - (b.fromYear ?? -Infinity));
    this.gaps = [...gaps.values()].sort((a, b) => a.year - b.year);
    const overlaps = this.overlaps();
    if (overlaps.length > 0) throw new MethodologyFileError(source, overlaps);
  }

  list(): { gaps: Gap[]; methodologies: Methodology[] } {
    return { gaps: this.gaps, methodologies: this.methodologies };
  }

  /** The methodology for `year`, or a 422 naming the request field `year` and the years covered. */
  forYear(year: number): Methodology {
    const gap = this.gaps.find((g) => g.year === year);
    const found = gap ? undefined : this.methodologies.find((m) => coversYear(m, year));
    if (found) return found;
    const why = gap ? gap.note : `No assessment methodology is defined for ${year}.`;
    const covered = this.coverage();
    throw invalid('NoMethodologyForYear', `${why} Assessments can be recorded for ${covered}.`, [
      { field: 'year', message: `no methodology for ${year}`, allowed: covered },
    ]);
  }

  /** E.g. "2013–2019, 2021 onward". */
  coverage(): string {
    const merged: YearRange[] = [];
    for (const range of this.ranges()) {
      const last = merged[merged.length - 1];
      if (last && last.to !== null && range.from === last.to + 1) last.to = range.to;
      else merged.push({ ...range });
    }
    return merged.map(describe).join(', ');
  }

  /** Each methodology's years with the gap years cut out. */
  private ranges(): YearRange[] {
    const out: YearRange[] = [];
    for (const m of this.methodologies) {
      let from = m.fromYear;
      for (const g of this.gaps.filter((gap) => coversYear(m, gap.year))) {
        if (from === null || g.year > from) out.push({ from, to: g.year - 1 });
        from = g.year + 1;
      }
      if (m.toYear === null || from === null || from <= m.toYear) out.push({ from, to: m.toYear });
    }
    return out;
  }

  private overlaps(): string[] {
    const problems: string[] = [];
    this.methodologies.forEach((a, i) =>
      this.methodologies.slice(i + 1).forEach((b) => {
        const starts = Math.max(a.fromYear ?? -Infinity, b.fromYear ?? -Infinity);
        const ends = Math.min(a.toYear ?? Infinity, b.toYear ?? Infinity);
        if (starts <= ends) problems.push(`methodologies ${a.id} and ${b.id} both cover ${Number.isFinite(starts) ? starts : ends}; narrow one of them (override it by id)`);
      }),
    );
    return problems;
  }
}

function describe(r: YearRange): string {
  if (r.from === null && r.to === null) return 'every year';
  if (r.from === null) return `up to ${r.to}`;
  if (r.to === null) return `${r.from} onward`;
  return r.from === r.to ? `${r.from}` : `${r.from}–${r.to}`;
}

/** The catalog shipped with the code (no extra file). */
export function bundledMethodologyCatalog(): MethodologyCatalog {
  return new MethodologyCatalog([parseMethodologyFile(bundled, 'methodologies.json')]);
}
