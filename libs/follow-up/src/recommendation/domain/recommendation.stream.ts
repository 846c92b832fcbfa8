import { streamName } from '@app/event-store';

export const RECOMMENDATION_CATEGORY = 'recommendation';

/** `recommendation-<uuid>`; the id is derived from the issuing command's id. */
export const recommendationStream = (id: string): string => streamName(RECOMMENDATION_CATEGORY, id);
