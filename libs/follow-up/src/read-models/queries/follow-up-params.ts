import { code, limitOf, oneOf, provinceParam, text, type RawQuery } from '@app/platform/read-query';
import { ITEM_KINDS } from '../follow-up-items.keys';
import type { QueueParams } from '../follow-up-queues';

export const QUEUE_PARAMS = ['province', 'entity', 'unit', 'kind', 'cursor', 'limit'];

/** The scope filters the queues share. */
export function queueParamsOf(query: RawQuery): QueueParams {
  return {
    province: provinceParam(query),
    entity: code(query, 'entity'),
    unit: code(query, 'unit'),
    kind: oneOf(query, 'kind', ITEM_KINDS),
    cursor: text(query, 'cursor'),
    limit: limitOf(query),
  };
}
