import type { Projection } from '@app/platform/projections';
import type { DeadlinePolicy } from '@app/follow-up/processing';
import { productProjections } from '@app/read-side';

/** Every read model the worker keeps up to date; the rebuild CLI knows the same ones by name. */
export function workerProjections(policy?: DeadlinePolicy, extra: Projection[] = []): Projection[] {
  return [...productProjections(policy), ...extra];
}
