import { SetMetadata, type CustomDecorator } from '@nestjs/common';
import type { Role } from '@app/kernel';

export const ROLES_ALLOWED = 'auth:roles';

/**
 * Coarse gate: only these roles reach the handler (403 otherwise). Whether the actor may
 * act on a particular provider is decided in the domain, not here.
 * On a method it replaces any `@Roles` on the controller.
 */
export const Roles = (...roles: Role[]): CustomDecorator<string> => SetMetadata(ROLES_ALLOWED, roles);
