import { notFound } from '@app/kernel';
import { jurisdictionOfCode } from '@app/registry';
import { pipelined, requireCovers, type ReadScope, type ReadSource } from '@app/platform/read-query';
import { itemKeys as K } from './follow-up-items.keys';
import type { FollowUpItemView } from './follow-up-item.view';
import { listItems, type ItemPage } from './follow-up-items.query';
import { evidenceState, type EvidenceState } from './item-facts';
import type { ItemRead } from './item-reads';

const DAY = 86_400_000;

export interface QueueParams {
  province?: string;
  entity?: string;
  unit?: string;
  kind?: string;
  cursor?: string;
  limit: number;
}

/** Open items past their due instant, most overdue first: days late, reminders, escalation rung. */
export const overdueQueue = (source: ReadSource, scope: ReadScope, params: QueueParams): Promise<ItemPage<FollowUpItemView>> =>
  listItems(source, scope, { ...params, open: true, overdue: true });

/** Open items due in (now, now + withinDays]. */
export const dueSoonQueue = (source: ReadSource, scope: ReadScope, params: QueueParams & { withinDays: number }): Promise<ItemPage<FollowUpItemView>> =>
  listItems(source, scope, { ...params, open: true, dueFrom: source.now.getTime(), dueTo: source.now.getTime() + params.withinDays * DAY });

export interface OwedActionItem {
  itemId: string;
  unitId: string;
  unitName: string | null;
  title: string;
  dueOn: string;
  dueAt: string;
  closedOn: string | null;
  followUps: number;
  evidence: EvidenceState;
}

export interface OwedItem extends FollowUpItemView {
  /** For the whole item: its follow-ups (a recommendation) or its report (an obligation, until fulfilled). */
  evidence: EvidenceState;
  /** Action items not yet closed and verified sesuai. */
  actionItems: OwedActionItem[];
  /** What the provider still has to send, in words. */
  missing: string[];
}

export interface OwedPage extends ItemPage<OwedItem> {
  entityCode: string;
  entityName: string | null;
}

/** A liaison's list: the provider's open items, soonest due first, with what evidence is missing. */
export async function owedItems(source: ReadSource, scope: ReadScope, params: { entity: string; unit?: string; cursor?: string; limit: number }): Promise<OwedPage> {
  const [entity, units] = (await pipelined(source.redis, [['hgetall', source.view.key(K.entity(params.entity))], ['hgetall', source.view.key(K.units(params.entity))]])) as Array<Record<string, string>>;
  // Scope first, from the code itself when the provider is unknown: foreign and unknown answer alike.
  requireCovers(scope, { entityCode: params.entity, provinceCode: entity.name ? entity.provinceCode || null : jurisdictionOfCode(params.entity).provinceCode });
  if (!entity.name) throw notFound('EntityNotFound', `Provider ${params.entity} is not registered`);
  const unitName = (unitId: string) => units[unitId] ?? null;
  const shape = ({ view, facts }: ItemRead): OwedItem => {
    if (!facts) return { ...view, evidence: 'missing', actionItems: [], missing: [`${view.periodKey ?? view.title}: the report with its evidence, due ${view.deadline.dueOn}`] };
    const actionItems = facts.actionItems
      .map((a) => {
        const followUps = facts.followUps.filter((f) => f.itemId === a.itemId);
        return { itemId: a.itemId, unitId: a.unitId, unitName: unitName(a.unitId), title: a.title, dueOn: a.dueOn, dueAt: a.dueAt, closedOn: a.closedOn, followUps: followUps.length, evidence: evidenceState(followUps) };
      })
      .filter((a) => a.closedOn === null || a.evidence !== 'sesuai');
    const evidence = evidenceState(facts.followUps);
    const missing = actionItems.length > 0 ? actionItems.flatMap(describeItem) : evidence === 'missing' || evidence === 'belum_sesuai' ? [describeWhole(view, evidence)] : [];
    return { ...view, evidence, actionItems, missing };
  };
  const page = await listItems(source, scope, { ...params, open: true }, { shape, facts: 'all' });
  return { entityCode: params.entity, entityName: entity.name, ...page };
}

function describeItem(a: OwedActionItem): string[] {
  const who = a.unitName ?? a.unitId;
  if (a.evidence === 'missing') return [`${who}: a follow-up with evidence for "${a.title}", due ${a.dueOn}`];
  if (a.evidence === 'belum_sesuai') return [`${who}: new evidence for "${a.title}" (the last was judged belum sesuai), due ${a.dueOn}`];
  if (a.closedOn === null && a.evidence === 'sesuai') return [`${who}: close "${a.title}" (its evidence was verified sesuai)`];
  return [];
}

const describeWhole = (view: FollowUpItemView, evidence: EvidenceState): string =>
  evidence === 'missing'
    ? `A follow-up with evidence for "${view.title}", due ${view.deadline.dueOn}`
    : `New evidence for "${view.title}" (the last was judged belum sesuai), due ${view.deadline.dueOn}`;
