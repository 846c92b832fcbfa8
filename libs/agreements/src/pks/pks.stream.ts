import { streamName } from '@app/event-store';
import { PKS_CATEGORY } from './domain/pks.decider';

export const pksStream = (pksId: string): string => streamName(PKS_CATEGORY, pksId);
