import { streamName } from '@app/event-store';
import { ENTITY_CATEGORY } from './domain/entity.decider';

/** `entity-64.01`: one stream per provider, named by its code. */
export const entityStream = (code: string): string => streamName(ENTITY_CATEGORY, code);
