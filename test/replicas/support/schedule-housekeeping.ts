import { DEADLINE_SCHEDULE, SCHEDULE_KEYS, isPointless, parsePendingMember, parseStepKey } from '@app/follow-up/processing';

type Dump = Record<string, unknown>;

/**
 * The deadline schedule is the one read model the workers also trim: a step nobody will ever
 * record (a reminder whose moment has passed) is forgotten so sweeps stop finding it, and a
 * rebuild brings it back (PendingSteps.forget). So a live schedule equals a rebuild once those
 * are set aside. Returns the rebuild with the entries the workers may drop removed, and the
 * entries that differ for any other reason (which must be none).
 */
export function setAsideForgottenSteps(projection: string, live: Dump, rebuilt: Dump, now: number): { rebuilt: Dump; unexplained: string[] } {
  if (projection !== DEADLINE_SCHEDULE) return { rebuilt, unexplained: [] };
  const entries = (dump: Dump) => {
    const flat = (dump[SCHEDULE_KEYS.pending] as string[] | undefined) ?? [];
    const pairs = new Map<string, string>();
    for (let i = 0; i < flat.length; i += 2) pairs.set(flat[i], flat[i + 1]);
    return pairs;
  };
  const [kept, replayed] = [entries(live), entries(rebuilt)];
  const unexplained: string[] = [];
  for (const [member, score] of kept) {
    if (replayed.get(member) !== score) unexplained.push(`live only: ${member} at ${score}`);
  }
  for (const [member, score] of replayed) {
    if (kept.has(member)) continue;
    const step = parseStepKey(parsePendingMember(member)?.stepKey ?? '');
    if (!step || !isPointless(step, Number(score), now)) unexplained.push(`dropped though still due: ${member} at ${score}`);
  }
  const pending = (rebuilt[SCHEDULE_KEYS.pending] as string[] | undefined)?.filter((_, i, flat) => (i % 2 === 0 ? kept.has(flat[i]) : kept.has(flat[i - 1])));
  return { rebuilt: pending === undefined ? rebuilt : { ...rebuilt, [SCHEDULE_KEYS.pending]: pending }, unexplained };
}
