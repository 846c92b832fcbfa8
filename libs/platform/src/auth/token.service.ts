import { Inject, Injectable } from '@nestjs/common';
import { errors, jwtVerify, type JWTHeaderParameters, type JWTPayload, type JWTVerifyOptions } from 'jose';
import type { Actor } from '@app/kernel';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { actorFromClaims, InvalidClaim } from './actor-claims';
import { AuthUnavailable, InvalidToken } from './auth-errors';
import { LOCAL_ALGORITHM, LOCAL_ISSUER, LocalKeyStore } from './local-key-store';
import { OidcKeySource } from './oidc-key-source';
import { VerifiedTokens } from './verified-tokens';

interface Verified {
  payload: JWTPayload;
  header: JWTHeaderParameters;
  key: unknown;
}

/** Asymmetric only: a shared-secret (HS*) token must never pass as issued by the IdP. */
const OIDC_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];
const CLOCK_TOLERANCE_SECONDS = 5;

export type TokenMode = 'oidc' | 'embedded';

/** Verifies bearer tokens, from the OIDC issuer when one is configured, else from the embedded key. */
@Injectable()
export class TokenService {
  readonly mode: TokenMode;
  private readonly oidc?: OidcKeySource;
  private readonly verified = new VerifiedTokens();

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
    const now = Date.now();
    const known = this.verified.get(token, now);
    if (known) {
      if (await this.stillOffered(known.key, known.header)) return copyOf(known.actor);
      this.verified.forget(token);
    }
    const { payload, header, key } = await this.verifySignature(token);
    let actor: Actor;
    try {
      actor = actorFromClaims(payload);
    } catch (error) {
      if (error instanceof InvalidClaim) throw new InvalidToken(error.allowed ? `${error.message}; allowed: ${error.allowed.join(', ')}` : error.message);
      throw error;
    }
    // `exp` is required, so every entry ends with its token; the clock tolerance is not extended to it.
    this.verified.set(token, { actor, expiresAtMs: (payload.exp as number) * 1000, key, header }, now);
    return copyOf(actor);
  }

  private async verifySignature(token: string): Promise<Verified> {
    const base: JWTVerifyOptions = { requiredClaims: ['sub', 'exp'], clockTolerance: CLOCK_TOLERANCE_SECONDS };
    try {
      if (this.oidc) {
        const { issuer, audience } = this.config.oidc;
        const keys = await this.oidc.keys();
        const options = { ...base, issuer, audience, algorithms: OIDC_ALGORITHMS };
        const { payload, protectedHeader, key } = await jwtVerify(token, keys, options);
        return { payload, header: protectedHeader, key };
      }
      const key = this.localKeys.keyPair().publicKey;
      const options = { ...base, issuer: LOCAL_ISSUER, algorithms: [LOCAL_ALGORITHM] };
      const { payload, protectedHeader } = await jwtVerify(token, key, options);
      return { payload, header: protectedHeader, key };
    } catch (error) {
      throw this.explain(error);
    }
  }

  /**
   * Whether the key a remembered token verified with is still the issuer's: asked of the key
   * source on every hit, so a key the issuer withdrew (its JWKS refreshed without it) or a
   * replaced embedded key ends every remembered token it signed. Any doubt means "verify again".
   */
  private async stillOffered(key: unknown, header: JWTHeaderParameters): Promise<boolean> {
    if (!this.oidc) return this.localKeys.keyPair().publicKey === key;
    try {
      const keys = await this.oidc.keys();
      return (await keys(header, undefined as never)) === key;
    } catch {
      return false;
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

/** Each request gets its own actor: a handler that changed it must not change the next request's. */
function copyOf(actor: Actor): Actor {
  return actor.provinces ? { ...actor, provinces: [...actor.provinces] } : { ...actor };
}
