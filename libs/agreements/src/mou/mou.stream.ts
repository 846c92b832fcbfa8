import { streamName } from '@app/event-store';
import { MOU_CATEGORY } from './domain/mou.decider';

/** `mou-30-ORI-MOU-X-2021`. */
export const mouStream = (mouId: string): string => streamName(MOU_CATEGORY, mouId);
