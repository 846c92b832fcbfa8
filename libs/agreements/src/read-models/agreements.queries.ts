import { notFound } from '@app/kernel';
import { jurisdictionOfCode } from '@app/registry';
import { AGREEMENTS_READ_MODEL, agreementKeys as K } from './agreements.keys';
import { agreementView, type AgreementReadView } from './agreement-views';
import { NATIONAL, covers, requireCovers, type ReadScope, decodeCursor, encodeCursor, type ReadSource, scanZset, take, type ZEntry, hashesOf, pipelined } from '@app/platform/read-query';

export { AGREEMENTS_READ_MODEL };

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const hashes = (source: ReadSource, keys: string[]) => hashesOf(source.redis, keys.map(source.view.key));

export interface EntityAgreements {
  entityCode: string;
  entityName: string | null;
  provinceCode: string | null;
  /** The instant statuses were judged at. */
  at: string;
  mous: AgreementReadView[];
  pks: AgreementReadView[];
}

/** A provider's MoUs and PKS; 404 when the provider is unknown, 403 outside the reader's scope. */
export async function entityAgreements(source: ReadSource, scope: ReadScope, entityCode: string): Promise<EntityAgreements> {
  const { redis, view, now } = source;
  const [entity, members] = (await pipelined(redis, [['hgetall', view.key(K.entity(entityCode))], ['smembers', view.key(K.of(entityCode))]])) as [Record<string, string>, string[]];
  const rows = await hashes(source, members.sort());
  const provinceCode = entity.name ? entity.provinceCode || null : (rows[0]?.provinceCode ?? jurisdictionOfCode(entityCode).provinceCode ?? '') || null;
  // Scope first, from the code itself when the provider is unknown: foreign and unknown answer alike.
  requireCovers(scope, { entityCode, provinceCode });
  if (!entity.name && rows.length === 0) throw notFound('EntityNotFound', `Provider ${entityCode} is not registered`);
  const views = rows.map((row) => agreementView(row, now));
  const byDate = (a: AgreementReadView, b: AgreementReadView) => (a.signedOn ?? a.draftedOn ?? '').localeCompare(b.signedOn ?? b.draftedOn ?? '') || a.id.localeCompare(b.id);
  return {
    entityCode,
    entityName: entity.name ?? null,
    provinceCode,
    at: now.toISOString(),
    mous: views.filter((v) => v.kind === 'mou').sort(byDate),
    pks: views.filter((v) => v.kind === 'pks').sort(byDate),
  };
}

export interface ExpiringParams {
  withinDays: number;
  province?: string;
  cursor?: string;
  limit: number;
}

export interface ExpiringPage {
  from: string;
  to: string;
  items: Array<AgreementReadView & { daysLeft: number }>;
  nextCursor: string | null;
}

/** Agreements in force whose validity ends in (now, now + withinDays], soonest first. */
export async function expiringAgreements(source: ReadSource, scope: ReadScope, params: ExpiringParams): Promise<ExpiringPage> {
  const { redis, view, now } = source;
  const to = now.getTime() + params.withinDays * DAY;
  // A validity ends 15–17 h after its day's UTC midnight (WIT … WIB): widen, then judge exactly.
  const range = { min: now.getTime() - 17 * HOUR, max: to - 15 * HOUR };
  const after = decodeCursor(params.cursor, ['n', 's']);
  const scan = scanZset(redis, view.key(K.ends), range, after ? { score: after[0] as number, member: after[1] as string } : undefined);
  const items: ExpiringPage['items'] = [];
  let last: ZEntry | undefined;
  for (;;) {
    const { entries, done } = await take(scan, 100);
    const rows = await hashes(source, entries.map((e) => e.member));
    for (const [i, row] of rows.entries()) {
      const v = row.kind ? agreementView(row, now) : null;
      const ends = v?.validityEndsAt ? Date.parse(v.validityEndsAt) : NaN;
      if (!v || !(ends > now.getTime() && ends <= to) || !inScope(v, scope, params.province)) continue;
      if (items.length === params.limit) return page(now, to, items, last);
      items.push({ ...v, daysLeft: Math.ceil((ends - now.getTime()) / DAY) });
      last = entries[i];
    }
    if (done) return page(now, to, items, undefined);
  }
}

function inScope(v: AgreementReadView, scope: ReadScope, province: string | undefined): boolean {
  const where = { entityCode: v.entityCode, provinceCode: v.provinceCode };
  return covers(scope, where) && (province === undefined || (v.provinceCode ?? NATIONAL) === province);
}

const page = (now: Date, to: number, items: ExpiringPage['items'], last: ZEntry | undefined): ExpiringPage => ({
  from: now.toISOString(),
  to: new Date(to).toISOString(),
  items,
  nextCursor: last ? encodeCursor([last.score, last.member]) : null,
});
