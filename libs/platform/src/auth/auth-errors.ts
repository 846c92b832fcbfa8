/** The token cannot be accepted; `reason` is safe to show the caller. → 401 */
export class InvalidToken extends Error {
  override name = 'InvalidToken';
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** The identity provider cannot be reached to check the token; not the caller's fault. → 503 */
export class AuthUnavailable extends Error {
  override name = 'AuthUnavailable';
  constructor(message: string, override readonly cause?: unknown) {
    super(message);
  }
}
