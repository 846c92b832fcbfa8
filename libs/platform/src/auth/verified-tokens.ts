import type { JWTHeaderParameters } from 'jose';
import type { Actor } from '@app/kernel';

/** What a successful verification established, kept so the same token need not be verified again. */
export interface VerifiedToken {
  actor: Actor;
  /** The token's `exp`, in milliseconds since the epoch: the entry is worthless from then on. */
  expiresAtMs: number;
  /** The key the signature verified with; a hit counts only while the issuer still offers this very key. */
  key: unknown;
  /** The token's protected header, which names that key (kid, alg). */
  header: JWTHeaderParameters;
}

/** Enough for every session of a busy day; the least recently used token is dropped beyond it. */
export const VERIFIED_TOKENS_CAPACITY = 10_000;

/**
 * Tokens already verified, by the token itself, in least-recently-used order. A signature check
 * (Ed25519 or RSA) costs more than the rest of a small command, and a client sends the same
 * token with every request of its session. An entry is given back only before the token's
 * expiry; whether its key still stands is for the caller to say (TokenService asks its key source).
 */
export class VerifiedTokens {
  private readonly entries = new Map<string, VerifiedToken>();

  constructor(private readonly capacity = VERIFIED_TOKENS_CAPACITY) {}

  get size(): number {
    return this.entries.size;
  }

  /** The entry for `token` if it has not expired by `nowMs`; an expired one is dropped. */
  get(token: string, nowMs: number): VerifiedToken | undefined {
    const entry = this.entries.get(token);
    if (entry === undefined) return undefined;
    this.entries.delete(token);
    if (nowMs >= entry.expiresAtMs) return undefined;
    // Re-inserted last: a Map iterates in insertion order, so the first key is the least recently used.
    this.entries.set(token, entry);
    return entry;
  }

  set(token: string, entry: VerifiedToken, nowMs: number): void {
    if (nowMs >= entry.expiresAtMs) return;
    this.entries.delete(token);
    this.entries.set(token, entry);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }

  forget(token: string): void {
    this.entries.delete(token);
  }
}
