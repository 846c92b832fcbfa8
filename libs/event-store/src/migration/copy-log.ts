import type { RecordedEvent } from '../envelope';
import type { EventStore } from '../event-store.port';
import { eventFingerprint } from './log-summary';
import { MigrationRefused, type SealedTarget } from './sealed-target';

export interface CopyOptions {
  /** Continue a copy that stopped part way: the target must hold exactly a prefix of the source. */
  resume?: boolean;
  /** Events per transaction on the target. Default 500. */
  pageSize?: number;
  /** Called after each page is committed, with the running total copied by this run. */
  onPage?: (copied: number, lastPosition: bigint) => void | Promise<void>;
}

export interface CopyResult {
  /** Events the target already held (a resumed copy). */
  kept: number;
  /** Events copied by this run. */
  copied: number;
}

/**
 * Copies the source log, in global order, into the target as sealed: one transaction per
 * page, so a copy stopped at any moment leaves the target holding a whole prefix of the log,
 * which `resume` checks event by event and continues after. Only one page is held at a time.
 */
export async function copyLog(source: EventStore, target: SealedTarget, options: CopyOptions = {}): Promise<CopyResult> {
  const pageSize = options.pageSize ?? 500;
  const head = await target.store.headPosition();
  let after = 0n;
  let kept = 0;
  if (head > 0n) {
    if (!options.resume) {
      throw new MigrationRefused(
        `${target.description} is not empty (its log reaches position ${head.toString()}): copy into an empty store, or pass --resume to continue a copy that was interrupted`,
      );
    }
    ({ after, kept } = await checkPrefix(source, target));
  }
  let copied = 0;
  let page: RecordedEvent[] = [];
  const flush = async (): Promise<void> => {
    await target.importSealed(page);
    copied += page.length;
    const last = page[page.length - 1].position;
    page = [];
    await options.onPage?.(copied, last);
  };
  for await (const event of source.readAll({ fromPosition: after })) {
    page.push(event);
    if (page.length >= pageSize) await flush();
  }
  if (page.length > 0) await flush();
  return { kept, copied };
}

/** Walks both logs side by side: every target event must be the source's event at that place. */
async function checkPrefix(source: EventStore, target: SealedTarget): Promise<{ after: bigint; kept: number }> {
  const sourceEvents = source.readAll()[Symbol.asyncIterator]();
  let kept = 0;
  let after = 0n;
  for await (const copied of target.store.readAll()) {
    const next = await sourceEvents.next();
    if (next.done) {
      throw new MigrationRefused(`${target.description} holds more events than the source (event ${copied.id} at position ${copied.position.toString()} is not in it): it is not an interrupted copy of this log`);
    }
    if (eventFingerprint(next.value) !== eventFingerprint(copied)) {
      throw new MigrationRefused(
        `${target.description} is not an interrupted copy of this log: its event at position ${copied.position.toString()} (${copied.id}) differs from the source's (${next.value.id} at ${next.value.position.toString()})`,
      );
    }
    kept++;
    after = copied.position;
  }
  await sourceEvents.return?.();
  return { after, kept };
}
