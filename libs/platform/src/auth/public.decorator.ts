import { SetMetadata, type CustomDecorator } from '@nestjs/common';

export const IS_PUBLIC = 'auth:isPublic';

/** Reachable without a token (health, docs). On a controller, applies to all its routes. */
export const Public = (): CustomDecorator<string> => SetMetadata(IS_PUBLIC, true);
