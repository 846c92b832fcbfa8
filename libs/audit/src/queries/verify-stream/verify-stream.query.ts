export class VerifyStreamQuery {
  constructor(readonly stream: string) {}
}
