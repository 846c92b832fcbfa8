import type { ItemFacts } from './item-facts';

/**
 * Whether a subject was late is judged from business dates, never from when things were
 * recorded: a fulfilment dated on or before its due date is on time even when it was entered
 * after the due instant, or after a DeadlineMarkedOverdue was stored meanwhile.
 */

/** Closures that end the provider's part: fulfilled (a recommendation's `verified`, an obligation's `fulfilled`). */
const FULFILMENTS = new Set(['verified', 'fulfilled']);

/**
 * A follow-up sent on or before the due date that still awaits the Ombudsman's verdict: the
 * provider did its part on time, so the item is not the provider's overdue while it waits.
 */
export const submittedOnTime = (facts: ItemFacts | null, dueOn: string): boolean =>
  facts !== null && facts.followUps.some((f) => f.verdict === null && f.submittedOn <= dueOn);

/**
 * Late or not, by business dates: a fulfilled item by its closure date against dueOn (dueOn
 * itself on time, the day after late); an open one while overdue; null for an item ended any
 * other way (closed by an officer, not actionable, cancelled): nothing was owed on a date.
 */
export function lateness(item: { open: boolean; overdue: boolean; dueOn: string; closure: { kind: string; closedOn: string } | null }): boolean | null {
  if (item.open) return item.overdue;
  if (item.closure && FULFILMENTS.has(item.closure.kind)) return item.closure.closedOn > item.dueOn;
  return null;
}
