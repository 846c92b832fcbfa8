/**
 * Embedded mode (default): the API process also runs the projection runners and the BullMQ
 * workers. Production sets RUN_WORKERS=false on the API and runs apps/worker (any replicas).
 */
export function runsWorkers(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = (env.RUN_WORKERS ?? 'true').trim().toLowerCase();
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw new Error(`RUN_WORKERS=${env.RUN_WORKERS} is not a boolean; expected true or false`);
}
