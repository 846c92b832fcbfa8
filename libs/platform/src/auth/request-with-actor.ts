import type { Actor } from '@app/kernel';

/** The request as JwtAuthGuard leaves it: with the verified actor on every non-public route. */
export interface RequestWithActor {
  headers: Record<string, string | string[] | undefined>;
  actor?: Actor;
}
