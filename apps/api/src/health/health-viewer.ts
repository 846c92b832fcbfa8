import { Injectable } from '@nestjs/common';
import { TokenService } from '@app/platform/auth';
import { withinBudget } from './health-deadline';

/**
 * Who asks /health: it is public, so a missing, invalid or slow-to-verify token simply means
 * an anonymous caller (summary only); a valid admin token shows the details.
 */
@Injectable()
export class HealthViewer {
  constructor(private readonly tokens: TokenService) {}

  async isAdmin(authorization: string | string[] | undefined): Promise<boolean> {
    const match = typeof authorization === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(authorization) : null;
    if (!match) return false;
    try {
      return (await withinBudget(this.tokens.verify(match[1]), 'token check')).role === 'admin';
    } catch {
      return false;
    }
  }
}
