/** Name of the read model (and of its Redis namespace); never renamed lightly. */
export const PROVIDER_EVENTS_READ_MODEL = 'provider-events';

/** Keys relative to the projection's namespace. */
export const providerEventKeys = {
  /** Set of the streams that name this provider (entity, MoU, PKS, assessment, recommendation, obligation, …). */
  streamsOf: (entityCode: string): string => `provider-streams:${entityCode}`,
  /** Sorted set of one stream's events: score = global position, member = `<position>:<revision>`. */
  eventsOf: (stream: string): string => `stream-events:${stream}`,
};

/** The member written for one event; carries the position exactly (a score is a double). */
export const eventMember = (position: bigint, revision: number): string => `${position}:${revision}`;

export interface IndexedEvent {
  stream: string;
  position: bigint;
  revision: number;
}

/** Reads a member back; null for anything not written by eventMember. */
export function parseEventMember(stream: string, member: string): IndexedEvent | null {
  const m = /^(\d{1,20}):(\d{1,15})$/.exec(member);
  return m ? { stream, position: BigInt(m[1]), revision: Number(m[2]) } : null;
}
