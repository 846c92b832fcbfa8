import type { DeadlineStep, DeadlineSubject } from '../../deadlines/deadline-commands.port';

export const QUEUE_NAMES = { deadlines: 'deadlines', notifications: 'notifications', maintenance: 'maintenance' } as const;

/** One step of one deadline version; the job id makes it unique. */
export interface DeadlineJobData {
  subject: DeadlineSubject;
  stream: string;
  version: number;
  step: DeadlineStep;
  stepKey: string;
  /** The step's instant (ms since the epoch, by the Clock). */
  at: number;
  /**
   * Log position (decimal) of what the job was scheduled from: the deadline's event (reactor) or
   * the schedule's checkpoint (sweep). The schedule can only judge the job once it got that far.
   */
  since: string;
  /** How many times the decider said "not due" although the instant had passed (back-off). */
  waits?: number;
}

/**
 * `<subject stream>|v<version>|<step key>`. BullMQ refuses custom ids with ':' (it reserves
 * them for its own repeat jobs), hence '|'; stream names never contain it.
 */
export const deadlineJobId = (stream: string, version: number, stepKey: string): string => `${stream}|v${version}|${stepKey}`;

/** What a webhook receives as its JSON body (and an e-mail describes). */
export interface NotificationPayload {
  eventId: string;
  type: string;
  stream: string;
  data: Record<string, unknown>;
  occurredAt: string;
}

export interface NotificationJobData {
  /** A configured target: `webhook-<hash of its URL>` or `email`; ROUTE_TARGET; or routedTarget(contact, channel) for a routed delivery. */
  target: string;
  payload: NotificationPayload;
  /** A routed delivery to one contact, worded when the step was routed; absent on the global feed. */
  delivery?: RoutedDelivery;
  /** Attempts made before this job existed (the route job's first attempt): its records number on from there. */
  attemptsBefore?: number;
}

/** The job that finds who must hear about a step and queues one delivery per recipient and channel. */
export const ROUTE_TARGET = 'route';

export interface RoutedDelivery {
  subjectStream: string;
  contactId: string;
  /** `digest`: the contact's daily e-mail, listing `digestOf`; `webhook`: a signed POST to `address`. */
  channel: 'email' | 'inbox' | 'digest' | 'webhook';
  /** Where this copy goes (the SMTP envelope, or the contact's webhook URL): one recipient per delivery, so each is retried and recorded alone. */
  address: string;
  /** The step's addressees and those in copy, as the e-mail's To and Cc headers show them. */
  to?: string[];
  cc?: string[];
  /** The signed-in user the contact is (inbox). */
  userSub: string | null;
  subject: string;
  text: string;
  link: string;
  template: string;
  /** A digest: the steps it lists, each recorded delivered with it. */
  digestOf?: Array<{ subjectStream: string; stepEventId: string }>;
}

/** `contact-<contact id>-<channel>`; any ':' in the id becomes '~' (BullMQ reserves ':' in job ids). */
export const routedTarget = (contactId: string, channel: RoutedDelivery['channel']): string => `contact-${contactId.replace(/:/g, '~')}-${channel}`;

/** `<event id>|<target>`: one delivery per event and target, however often it is enqueued. */
export const notificationJobId = (eventId: string, target: string): string => `${eventId}|${target}`;

export const SWEEP_SCHEDULER_ID = 'deadline-sweep';

export interface SweepJobData {
  /** Wait this long at most for the schedule to reach the log's head before sweeping. */
  catchUpMs: number;
  /** Read every step due by the horizon's end, not only those new in it (see DeadlineSweep). */
  full?: boolean;
}
