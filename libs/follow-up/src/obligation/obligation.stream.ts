import { streamName } from '@app/event-store';

export const OBLIGATION_CATEGORY = 'obligation';

/** `obligation-<pksId>.<scopeId>.<periodKey>`: deterministic, so scheduling twice lands on the same stream. */
export const obligationStream = (obligationId: string): string => streamName(OBLIGATION_CATEGORY, obligationId);
