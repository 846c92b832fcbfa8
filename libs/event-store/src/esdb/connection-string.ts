/**
 * KurrentDB (EventStoreDB's new name) documents `kurrentdb://` and `kurrentdb+discover://`; this
 * client only parses `esdb://` and `esdb+discover://`, which mean the same. Anything else passes through.
 */
export function toEsdbConnectionString(connectionString: string): string {
  return connectionString.trim().replace(/^kurrentdb(\+discover)?:\/\//i, (_, discover: string | undefined) => `esdb${discover ?? ''}://`);
}
