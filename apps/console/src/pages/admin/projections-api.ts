import { api, data } from '../../api/client';

/*
 * The projections routes carry no schema in the OpenAPI document; the shapes below are the API's
 * (libs/platform/src/projections: ProjectionReportJson, RebuildAccepted). Paths are still checked.
 */
export interface RunnerFault {
  position: string | null;
  eventType: string | null;
  stream: string | null;
  revision: number | null;
  error: string;
  at: string;
}

export interface ProjectionReport {
  name: string;
  version: number;
  generation: string | null;
  generationVersion: number | null;
  checkpoint: string;
  checkpointAt: string | null;
  headPosition: string;
  eventsBehind: number;
  eventsBehindCapped: boolean;
  secondsBehind: number;
  fault: RunnerFault | null;
  runner: { state: string; error?: string; fault?: RunnerFault } | null;
}

export interface RebuildAccepted {
  name: string;
  generation: string;
  status: 'started';
}

export const projectionsKey = ['admin', 'projections'] as const;

export async function listProjections(): Promise<ProjectionReport[]> {
  const answer: unknown = await data(api.GET('/v1/admin/projections'));
  return answer as ProjectionReport[];
}

export async function rebuildProjection(name: string): Promise<RebuildAccepted> {
  const answer: unknown = await data(api.POST('/v1/admin/projections/{name}/rebuild', { params: { path: { name } } }));
  return answer as RebuildAccepted;
}
