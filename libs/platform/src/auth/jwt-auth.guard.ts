import { HttpStatus, Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { ActorRole } from '@app/kernel';
import { ProblemException } from '../http/problem.exception';
import { AuthUnavailable, InvalidToken } from './auth-errors';
import { IS_PUBLIC } from './public.decorator';
import type { RequestWithActor } from './request-with-actor';
import { ROLES_ALLOWED } from './roles.decorator';
import { TokenService } from './token.service';

const REALM = 'ombudsman-follow-up';

/** What a route's decorators say about who may call it. */
interface RouteRule {
  isPublic: boolean;
  roles?: ActorRole[];
}

/**
 * Every route needs a valid bearer token unless marked @Public(); @Roles narrows it further.
 * Register globally with `{ provide: APP_GUARD, useClass: JwtAuthGuard }` (AuthModule does).
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  private readonly logger = new Logger(JwtAuthGuard.name);
  /**
   * Decorators are fixed once the classes are defined: read them once per route, not per request.
   * By class, then handler: a handler inherited by two controllers may be under different @Roles.
   */
  private readonly rules = new WeakMap<object, WeakMap<object, RouteRule>>();

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const { isPublic, roles } = this.ruleOf(context.getClass(), context.getHandler());
    if (isPublic) return true;
    if (context.getType() !== 'http') {
      // Secure by default: nothing but HTTP is wired for authentication yet.
      throw new Error(`JwtAuthGuard cannot authenticate ${context.getType()} handlers`);
    }
    const request = context.switchToHttp().getRequest<RequestWithActor>();
    const actor = await this.authenticate(request);
    request.actor = actor;

    if (roles && !roles.includes(actor.role)) {
      throw new ProblemException({
        status: HttpStatus.FORBIDDEN,
        code: 'RoleNotAllowed',
        detail: `Role ${actor.role} may not use this endpoint; allowed: ${roles.join(', ')}`,
      });
    }
    return true;
  }

  private ruleOf(controller: object, handler: object): RouteRule {
    let byHandler = this.rules.get(controller);
    if (!byHandler) this.rules.set(controller, (byHandler = new WeakMap()));
    let rule = byHandler.get(handler);
    if (!rule) {
      const targets = [handler as () => void, controller as new () => unknown];
      rule = {
        isPublic: this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, targets) === true,
        roles: this.reflector.getAllAndOverride<ActorRole[] | undefined>(ROLES_ALLOWED, targets),
      };
      byHandler.set(handler, rule);
    }
    return rule;
  }

  private async authenticate(request: RequestWithActor): Promise<NonNullable<RequestWithActor['actor']>> {
    const token = bearerToken(request.headers.authorization);
    if (!token) {
      // RFC 6750 §3.1: a request without credentials gets a challenge but no error code.
      throw new ProblemException({
        status: HttpStatus.UNAUTHORIZED,
        code: 'AuthenticationRequired',
        detail: 'This endpoint needs an "Authorization: Bearer <token>" header',
        headers: { 'WWW-Authenticate': `Bearer realm="${REALM}"` },
      });
    }
    try {
      return await this.tokens.verify(token);
    } catch (error) {
      if (error instanceof InvalidToken) {
        throw new ProblemException({
          status: HttpStatus.UNAUTHORIZED,
          code: 'InvalidToken',
          detail: `The bearer token was refused: ${error.reason}`,
          headers: { 'WWW-Authenticate': `Bearer realm="${REALM}", error="invalid_token", error_description="${quoted(error.reason)}"` },
        });
      }
      if (error instanceof AuthUnavailable) {
        this.logger.warn(error.message);
        throw new ProblemException({
          status: HttpStatus.SERVICE_UNAVAILABLE,
          code: 'AuthUnavailable',
          detail: 'The identity provider cannot be reached to check the token. Retry shortly.',
        });
      }
      throw error;
    }
  }
}

function bearerToken(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(value ?? '');
  return match?.[1];
}

/**
 * A quoted-string may not hold `"` or `\`, and RFC 6750 allows only printable ASCII in
 * error_description (Node refuses anything beyond Latin-1 in a header and the answer is lost).
 */
function quoted(text: string): string {
  return text.replace(/["\\]/g, "'").replace(/[^\x20-\x7e]/g, '?');
}
