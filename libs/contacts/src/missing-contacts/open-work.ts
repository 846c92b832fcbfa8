import { listItems, type FollowUpItemView } from '@app/follow-up';
import type { ReadScope, ReadSource } from '@app/platform/read-query';
import type { OpenWork } from './missing-contacts';

/** Items read per round: the list reads the open items in the caller's scope page by page. */
const PAGE = 500;

/**
 * The providers with open recommendations or obligations within the reader's scope, with the
 * units their open items name, from the follow-up read model (open as its lists judge it).
 */
export async function openWorkOf(source: ReadSource, scope: ReadScope): Promise<OpenWork[]> {
  const byProvider = new Map<string, OpenWork & { unitIds: Set<string> }>();
  let cursor: string | undefined;
  do {
    const page = await listItems<FollowUpItemView>(source, scope, { open: true, limit: PAGE, cursor });
    for (const item of page.items) {
      const work = byProvider.get(item.entityCode) ?? { entityCode: item.entityCode, entityName: item.entityName, provinceCode: item.provinceCode, unitIds: new Set<string>(), openItems: 0 };
      work.openItems += 1;
      for (const unitId of item.unitIds) work.unitIds.add(unitId);
      byProvider.set(item.entityCode, work);
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return [...byProvider.values()];
}
