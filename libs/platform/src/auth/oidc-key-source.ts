import { createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';
import { AuthUnavailable } from './auth-errors';

const DISCOVERY_TIMEOUT_MS = 5000;

/**
 * Finds the issuer's signing keys: `jwksUrl` when given, else the `jwks_uri` of the issuer's
 * discovery document. Discovery happens on first use, not at startup, so the API can start
 * while the IdP is still booting; a failed discovery is retried on the next request.
 */
export class OidcKeySource {
  private keySet?: Promise<JWTVerifyGetKey>;

  constructor(
    private readonly issuer: string,
    private readonly jwksUrl?: string,
  ) {}

  keys(): Promise<JWTVerifyGetKey> {
    this.keySet ??= this.resolve().catch((error: unknown) => {
      this.keySet = undefined;
      throw error;
    });
    return this.keySet;
  }

  private async resolve(): Promise<JWTVerifyGetKey> {
    const jwksUri = this.jwksUrl ?? (await this.discover());
    return createRemoteJWKSet(new URL(jwksUri));
  }

  private async discover(): Promise<string> {
    const url = `${this.issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
    let document: unknown;
    try {
      const response = await fetch(url, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(DISCOVERY_TIMEOUT_MS),
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      document = await response.json();
    } catch (error) {
      throw new AuthUnavailable(`OIDC discovery at ${url} failed: ${(error as Error).message}`, error);
    }
    const jwksUri = (document as { jwks_uri?: unknown } | null)?.jwks_uri;
    if (typeof jwksUri !== 'string' || !URL.canParse(jwksUri)) {
      throw new AuthUnavailable(`OIDC discovery document at ${url} has no usable jwks_uri`);
    }
    return jwksUri;
  }
}
