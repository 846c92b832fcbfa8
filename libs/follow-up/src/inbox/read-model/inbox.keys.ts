/** The `inbox` read model's keys, relative to its namespace; one set of three per user (token `sub`). */
export const INBOX_READ_MODEL = 'inbox';

export const inboxKeys = {
  /** Hash: notification id → the notification as JSON (without its read flag). */
  items: (userSub: string): string => `items:${userSub}`,
  /** Sorted set of notification ids by the step's time (ms), for newest-first pages. */
  byTime: (userSub: string): string => `by-time:${userSub}`,
  /** Set of the ids not read yet. */
  unread: (userSub: string): string => `unread:${userSub}`,
} as const;
