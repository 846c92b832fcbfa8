import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { Observable, tap } from 'rxjs';
import { CLOCK, Clock } from '../clock/clock';
import type { StampedRequest } from './command-request';
import type { HeaderReply } from './header-reply';


/**
 * Stamps each request with the business time from the Clock (commands' `issuedAt`), and
 * gives every answer that carries a stream revision an ETag, so `If-Match` can follow.
 */
@Injectable()
export class CommandHttpInterceptor implements NestInterceptor {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    http.getRequest<StampedRequest>().receivedAt = this.clock.now();
    const reply = http.getResponse<HeaderReply>();
    return next.handle().pipe(
      tap((body) => {
        const revision = (body as { revision?: unknown } | null)?.revision;
        if (typeof revision === 'number' && revision >= 0) reply.header('ETag', `"${revision}"`);
      }),
    );
  }
}
