export class ReadProviderEventsQuery {
  constructor(
    readonly entityCode: string,
    /** Exclusive global position; 0n from the start of the log. */
    readonly after: bigint,
    readonly limit: number,
    /** Read-your-writes: wait until the index has reached this position. */
    readonly minPosition?: bigint,
  ) {}
}
