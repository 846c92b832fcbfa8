import { Injectable } from '@nestjs/common';
import { SignJWT, type JWTPayload } from 'jose';
import type { Role } from '@app/kernel';
import { actorFromClaims, InvalidClaim } from './actor-claims';
import { LOCAL_ALGORITHM, LOCAL_ISSUER, LocalKeyStore } from './local-key-store';

export interface MintTokenRequest {
  sub: string;
  name?: string;
  role: Role;
  /** Officers: two-digit province codes, or ['*']. */
  provinces?: string[];
  /** Liaisons: the provider code they act for. */
  entity?: string;
  /** A time span such as `8h`, `30m`, `2 days` (negative, e.g. `-1h`, gives an expired token); default `8h`. */
  expiresIn?: string;
}

/** Signs tokens with the embedded key, for trying the API locally and for tests. */
@Injectable()
export class LocalTokenMinter {
  constructor(private readonly keys: LocalKeyStore) {}

  /** @throws InvalidClaim when the request would give a token the server refuses. */
  async mint(request: MintTokenRequest): Promise<string> {
    const claims: JWTPayload = { sub: request.sub, role: request.role };
    if (request.name !== undefined) claims.name = request.name;
    if (request.provinces !== undefined) claims.provinces = request.provinces;
    if (request.entity !== undefined) claims.entity = request.entity;
    // Same rules as verification: a token that would be refused is not worth minting.
    actorFromClaims(claims);
    const jwt = new SignJWT(claims)
      .setProtectedHeader({ alg: LOCAL_ALGORITHM, typ: 'JWT' })
      .setIssuer(LOCAL_ISSUER)
      .setIssuedAt();
    const expiresIn = request.expiresIn ?? '8h';
    try {
      jwt.setExpirationTime(expiresIn);
    } catch {
      throw new InvalidClaim('exp', `expiry ${JSON.stringify(expiresIn)} is not a time span`, ['30m', '8h', '7d', '2 weeks']);
    }
    return jwt.sign(this.keys.keyPair().privateKey);
  }
}
