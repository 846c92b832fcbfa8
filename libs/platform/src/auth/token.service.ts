import { Inject, Injectable } from '@nestjs/common';
import { errors, jwtVerify, type JWTPayload, type JWTVerifyOptions } from 'jose';
import type { Actor } from '@app/kernel';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { actorFromClaims, InvalidClaim } from './actor-claims';
import { AuthUnavailable, InvalidToken } from './auth-errors';
import { LOCAL_ALGORITHM, LOCAL_ISSUER, LocalKeyStore } from './local-key-store';
import { OidcKeySource } from './oidc-key-source';

/** Asymmetric only: a shared-secret (HS*) token must never pass as issued by the IdP. */
const OIDC_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];
const CLOCK_TOLERANCE_SECONDS = 5;

export type TokenMode = 'oidc' | 'embedded';

/** Verifies bearer tokens, from the OIDC issuer when one is configured, else from the embedded key. */
@Injectable()
export class TokenService {
  readonly mode: TokenMode;
  private readonly oidc?: OidcKeySource;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly localKeys: LocalKeyStore,
  ) {
    const { issuer, jwksUrl } = config.oidc;
    this.mode = issuer ? 'oidc' : 'embedded';
    if (issuer) this.oidc = new OidcKeySource(issuer, jwksUrl);
  }

  /**
   * @throws InvalidToken (→ 401) for any token that is not good enough, with a reason the caller may see;
   *   AuthUnavailable (→ 503) when the issuer's keys cannot be fetched.
   */
  async verify(token: string): Promise<Actor> {
    const payload = await this.verifySignature(token);
    try {
      return actorFromClaims(payload);
    } catch (error) {
      if (error instanceof InvalidClaim) throw new InvalidToken(error.allowed ? `${error.message}; allowed: ${error.allowed.join(', ')}` : error.message);
      throw error;
    }
  }

  private async verifySignature(token: string): Promise<JWTPayload> {
    const base: JWTVerifyOptions = { requiredClaims: ['sub', 'exp'], clockTolerance: CLOCK_TOLERANCE_SECONDS };
    try {
      if (this.oidc) {
        const { issuer, audience } = this.config.oidc;
        const keys = await this.oidc.keys();
        const options = { ...base, issuer, audience, algorithms: OIDC_ALGORITHMS };
        return (await jwtVerify(token, keys, options)).payload;
      }
      const options = { ...base, issuer: LOCAL_ISSUER, algorithms: [LOCAL_ALGORITHM] };
      return (await jwtVerify(token, this.localKeys.keyPair().publicKey, options)).payload;
    } catch (error) {
      throw this.explain(error);
    }
  }

  private explain(error: unknown): Error {
    if (error instanceof AuthUnavailable) return error;
    if (!(error instanceof errors.JOSEError)) {
      // Network failures fetching the JWKS surface as plain errors: the IdP is down, not the token bad.
      return this.oidc ? new AuthUnavailable(`cannot fetch the issuer's keys: ${(error as Error).message}`, error) : (error as Error);
    }
    switch (error.code) {
      case 'ERR_JWT_EXPIRED':
        return new InvalidToken('token has expired');
      case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
        return new InvalidToken(this.claimProblem(error as errors.JWTClaimValidationFailed));
      case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
        return new InvalidToken('token signature does not verify');
      case 'ERR_JWKS_NO_MATCHING_KEY':
        return new InvalidToken("no key of the issuer matches the token's key id and algorithm");
      case 'ERR_JOSE_ALG_NOT_ALLOWED':
        return new InvalidToken(`token algorithm is not accepted; allowed: ${(this.oidc ? OIDC_ALGORITHMS : [LOCAL_ALGORITHM]).join(', ')}`);
      case 'ERR_JWKS_TIMEOUT':
      case 'ERR_JWKS_INVALID':
        return new AuthUnavailable(`cannot fetch the issuer's keys: ${error.message}`, error);
      default:
        return new InvalidToken(`token is malformed or unsupported: ${error.message}`);
    }
  }

  private claimProblem(error: errors.JWTClaimValidationFailed): string {
    if (error.claim === 'iss') return `token issuer is not ${this.config.oidc.issuer ?? LOCAL_ISSUER}`;
    if (error.claim === 'aud') return `token audience does not include ${this.config.oidc.audience ?? ''}`;
    return `token claim check failed: ${error.message}`;
  }
}
