import type { RowProblem } from '../validation/row-problem';

/** At most this many row problems are listed; the rest are counted, so a broken 20,000-row file earns a readable answer. */
export const MAX_REPORTED_PROBLEMS = 1_000;

/** What a dry run answers, and what a refused file's 422 carries. */
export interface ImportReport {
  kind: string;
  /** Data rows read (blank rows are not counted). */
  rowsTotal: number;
  /** Rows that would be refused; the file is written only when this is 0. */
  rowsInvalid: number;
  /** Valid rows that would write new events. */
  toWrite: number;
  /** Valid rows already in the log (the same row imported before): they write nothing. */
  alreadyImported: number;
  /** Every problem of every bad row (up to MAX_REPORTED_PROBLEMS), in file order. */
  rows: RowProblem[];
  /** Problems found beyond those listed. */
  moreProblems: number;
}

export class ImportReportBuilder {
  private readonly report: ImportReport;

  constructor(kind: string) {
    this.report = { kind, rowsTotal: 0, rowsInvalid: 0, toWrite: 0, alreadyImported: 0, rows: [], moreProblems: 0 };
  }

  valid(replayed: boolean): void {
    this.report.rowsTotal += 1;
    if (replayed) this.report.alreadyImported += 1;
    else this.report.toWrite += 1;
  }

  invalid(problems: RowProblem[]): void {
    this.report.rowsTotal += 1;
    this.report.rowsInvalid += 1;
    const room = Math.max(MAX_REPORTED_PROBLEMS - this.report.rows.length, 0);
    this.report.rows.push(...problems.slice(0, room));
    this.report.moreProblems += Math.max(problems.length - room, 0);
  }

  done(): ImportReport {
    return this.report;
  }
}
