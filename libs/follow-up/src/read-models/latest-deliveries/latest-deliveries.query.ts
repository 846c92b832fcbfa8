import type { Actor } from '@app/kernel';
import { UnknownProjection } from '@app/platform/projections';
import { pipelined, type ReadModelGate, type ReadOptions, type RedisCommand, type ReadSource } from '@app/platform/read-query';
import type { DeliveryStatus } from '../../processing/deliveries/delivery.events';
import { LATEST_DELIVERIES_READ_MODEL, latestDeliveryKeys as K, outcomeField } from './latest-deliveries.keys';
import type { StoredFailure, StoredRecipient } from './latest-deliveries.projection';

/** One recipient of the last routed step and where their delivery stands. */
export interface LatestRecipient {
  name: string;
  role: string;
  channel: string;
  copy: boolean;
  status: Exclude<DeliveryStatus, 'no_contact'>;
  /** When the status was reached. */
  at: string;
  reason: string | null;
}

/** The last step routed for a subject: who was reminded, when, how, and whether it arrived. */
export interface LatestDelivery {
  step: string;
  routedAt: string;
  recipients: LatestRecipient[];
  /** Roles nobody is on record in (NoContact). */
  missingRoles: string[];
  /** How many steps of the subject were routed in all. */
  steps: number;
}

function recipientOf(r: StoredRecipient, stepEventId: string, routedAt: string, outcomes: Record<string, string>): LatestRecipient {
  const base = { name: r.name, role: r.role, channel: r.channel, copy: r.copy };
  const delivered = outcomes[outcomeField(stepEventId, r.contactId, r.channel, 'delivered')];
  if (delivered !== undefined) return { ...base, status: 'delivered', at: delivered, reason: null };
  const failedText = outcomes[outcomeField(stepEventId, r.contactId, r.channel, 'failed')];
  if (failedText === undefined) return { ...base, status: 'queued', at: routedAt, reason: null };
  const failed = JSON.parse(failedText) as StoredFailure;
  return { ...base, status: failed.final ? 'failed' : 'retrying', at: failed.at, reason: failed.reason };
}

/** The latest delivery of each subject asked for (null: nothing routed yet), in two round trips' worth of one pipeline. */
export async function latestDeliveries({ redis, view }: Pick<ReadSource, 'redis' | 'view'>, subjectStreams: readonly string[]): Promise<Map<string, LatestDelivery | null>> {
  const commands = subjectStreams.flatMap((s): RedisCommand[] => [['hgetall', view.key(K.latest(s))], ['hgetall', view.key(K.outcomes(s))]]);
  const replies = (await pipelined(redis, commands)) as Array<Record<string, string>>;
  const found = new Map<string, LatestDelivery | null>();
  subjectStreams.forEach((stream, i) => {
    const latest = replies[2 * i];
    if (latest.stepEventId === undefined) return found.set(stream, null);
    const recipients = (JSON.parse(latest.recipients) as StoredRecipient[]).map((r) => recipientOf(r, latest.stepEventId, latest.routedAt, replies[2 * i + 1]));
    found.set(stream, { step: latest.step, routedAt: latest.routedAt, recipients, missingRoles: JSON.parse(latest.missing) as string[], steps: Number(latest.steps ?? 0) });
  });
  return found;
}

/** A list row with its subject's latest delivery (null: none yet; absent where the read model is not kept). */
export type WithLatestDelivery<T> = T & { lastDelivery?: LatestDelivery | null };

/**
 * Adds `lastDelivery` to each item of a list page, read from the latest-deliveries read model
 * under the same read options (read-your-writes, or an auditor's replay of the past). Where that
 * read model is not kept (a process with only some projections), the items come as they are.
 */
export async function withLatestDeliveries<T extends { stream: string }, P extends { items: T[] }>(
  gate: ReadModelGate,
  actor: Actor,
  options: ReadOptions,
  page: P,
): Promise<Omit<P, 'items'> & { items: Array<WithLatestDelivery<T>> }> {
  if (page.items.length === 0) return page;
  let latest: Map<string, LatestDelivery | null>;
  try {
    latest = await gate.read(LATEST_DELIVERIES_READ_MODEL, actor, options, (source) => latestDeliveries(source, page.items.map((item) => item.stream)));
  } catch (error) {
    // A process that keeps only some read models (a slice of the app) lists the items as they are.
    if (error instanceof UnknownProjection) return page;
    throw error;
  }
  return { ...page, items: page.items.map((item) => ({ ...item, lastDelivery: latest.get(item.stream) ?? null })) };
}
