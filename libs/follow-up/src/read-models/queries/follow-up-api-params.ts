import { applyDecorators } from '@nestjs/common';
import { ApiQuery as ApiQueryParam } from '@nestjs/swagger';
import { ITEM_KINDS } from '../follow-up-items.keys';

/** Documents the filters the follow-up lists share. */
export function ApiQueueParams(): MethodDecorator {
  return applyDecorators(
    ApiQueryParam({ name: 'province', required: false, example: '64', description: "Two-digit province code, or 'national' for ministries and agencies" }),
    ApiQueryParam({ name: 'entity', required: false, example: '64.01', description: 'Provider code' }),
    ApiQueryParam({ name: 'unit', required: false, example: 'dpmptsp', description: "Unit id: the item's unit, an action item's or an obligation's" }),
    ApiQueryParam({ name: 'kind', required: false, enum: ITEM_KINDS }),
    ApiQueryParam({ name: 'cursor', required: false, description: 'nextCursor of the previous page' }),
    ApiQueryParam({ name: 'limit', required: false, example: 50, description: '1–500, default 50' }),
  );
}
