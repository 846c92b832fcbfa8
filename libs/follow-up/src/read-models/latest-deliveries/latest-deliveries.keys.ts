/** The `latest-deliveries` read model's keys, relative to its namespace; one pair per subject stream. */
export const LATEST_DELIVERIES_READ_MODEL = 'latest-deliveries';

export const latestDeliveryKeys = {
  /** Hash: the last routed step of the subject (stepEventId, step, routedAt, recipients and missing roles as JSON) and `steps`, how many were routed. */
  latest: (subjectStream: string): string => `latest:${subjectStream}`,
  /** Hash: `<stepEventId>|<contactId>|<channel>|delivered` → when; `…|failed` → the last failure as JSON. */
  outcomes: (subjectStream: string): string => `outcomes:${subjectStream}`,
} as const;

/** The outcome fields of one delivery line. */
export const outcomeField = (stepEventId: string, contactId: string, channel: string, outcome: 'delivered' | 'failed'): string => `${stepEventId}|${contactId}|${channel}|${outcome}`;
