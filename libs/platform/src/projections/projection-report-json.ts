import type { ProjectionReport } from './projection-admin';

/** A report as JSON can carry it: positions as decimal strings (they are 64-bit). */
export interface ProjectionReportJson extends Omit<ProjectionReport, 'checkpoint' | 'headPosition'> {
  checkpoint: string;
  headPosition: string;
}

export function reportJson(report: ProjectionReport): ProjectionReportJson {
  return { ...report, checkpoint: report.checkpoint.toString(), headPosition: report.headPosition.toString() };
}
