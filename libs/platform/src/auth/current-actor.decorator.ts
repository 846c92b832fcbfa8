import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Actor } from '@app/kernel';
import type { RequestWithActor } from './request-with-actor';

/** The verified actor of this request. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<RequestWithActor>().actor;
  // Only possible on a @Public route: a wiring mistake, so a loud 500 rather than a silent undefined.
  if (!actor) throw new Error('@CurrentActor() used on a route without an authenticated actor (is it @Public()?)');
  return actor;
});
