import type { RecordedEvent } from '@app/event-store';
import { op, type Projection, type ProjectionOp } from '@app/platform/projections';
import type { EntityEvent } from '../entity/domain/entity.events';
import { INDEX_SCORE, NATIONAL_INDEX, PROVIDERS_READ_MODEL, providerKeys as K } from './providers.keys';

const EVENT_TYPES: Array<EntityEvent['type']> = ['EntityRegistered', 'UnitRegistered'];

/**
 * Providers for listing and search: a hash per provider and code-ordered indexes by province,
 * kind and both. Search text is derived at query time from the stored name, so changing the
 * matching rule needs no rebuild.
 */
export const providersProjection: Projection = {
  name: PROVIDERS_READ_MODEL,
  version: 1,
  filter: { eventTypes: EVENT_TYPES },
  apply(recorded: RecordedEvent): ProjectionOp[] {
    const event = recorded as unknown as EntityEvent;
    switch (event.type) {
      case 'EntityRegistered': {
        const { code, name, kind, parentCode, provinceCode, timezone } = event.data;
        const province = provinceCode ?? NATIONAL_INDEX;
        const indexes = [K.index({}), K.index({ province }), K.index({ kind }), K.index({ province, kind })];
        return [
          op.hset(K.provider(code), { code, name, kind, provinceCode: provinceCode ?? '', parentCode: parentCode ?? '', timezone }),
          ...indexes.map((index) => op.zadd(index, INDEX_SCORE, code)),
        ];
      }
      case 'UnitRegistered':
        return [op.hincrby(K.provider(event.data.entityCode), 'units')];
      default:
        return [];
    }
  },
};
