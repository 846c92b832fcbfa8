export class ReadStreamEventsQuery {
  constructor(
    readonly stream: string,
    readonly fromRevision: number,
    readonly limit: number,
  ) {}
}
