import type { RecordedEvent } from '@app/event-store';
import { op, type Projection, type ProjectionOp } from '@app/platform/projections';
import type { EntityRegistered } from '@app/registry';
import type { MouEvent } from '../mou/domain/mou.events';
import type { PksEvent } from '../pks/domain/pks.events';
import { AGREEMENTS_READ_MODEL, agreementKeys as K, dayScore, type AgreementKind } from './agreements.keys';
import { NATIONAL } from '@app/platform/read-query';

type AgreementsEvent = EntityRegistered | MouEvent | PksEvent;

const EVENT_TYPES: Array<AgreementsEvent['type']> = [
  'EntityRegistered', 'MouSigned', 'MouAmended', 'MouTerminated', 'PksDrafted', 'PksFinalized', 'PksSigned', 'PksTerminated',
];

const orEmpty = (value: string | null | undefined): string => value ?? '';

/**
 * MoUs and PKS per provider. Status is stored as recorded (signed, terminated, drafted, …);
 * "expired" depends on the instant asked about, so queries derive it from validUntil.
 */
export const agreementsProjection: Projection = {
  name: AGREEMENTS_READ_MODEL,
  // v2: the dated indexes behind GET /v1/agreements.
  version: 2,
  filter: { eventTypes: EVENT_TYPES },
  apply(recorded: RecordedEvent): ProjectionOp[] {
    const event = recorded as unknown as AgreementsEvent;
    switch (event.type) {
      case 'EntityRegistered': {
        const { code, name, kind, provinceCode, timezone } = event.data;
        return [op.hset(K.entity(code), { name, kind, provinceCode: orEmpty(provinceCode), timezone })];
      }
      case 'MouSigned': {
        const d = event.data;
        const key = K.agreement('mou', d.mouId);
        return [
          op.hset(key, {
            kind: 'mou', id: d.mouId, stream: recorded.stream, entityCode: d.entityCode, provinceCode: orEmpty(d.provinceCode), timezone: d.timezone,
            ombudsmanNumber: d.ombudsmanNumber, counterpartNumber: d.counterpartNumber, signedOn: d.signedOn, title: d.title,
            validUntil: orEmpty(d.validUntil), status: 'signed', amendments: '0',
          }),
          op.sadd(K.of(d.entityCode), key),
          ...dated('mou', d.provinceCode, d.signedOn, key),
          ...(d.validUntil ? [op.zadd(K.ends, dayScore(d.validUntil), key)] : []),
        ];
      }
      case 'MouAmended': {
        const { mouId, amendedOn, changes } = event.data;
        const key = K.agreement('mou', mouId);
        return [
          op.hset(key, { lastAmendedOn: amendedOn, ...changes }),
          op.hincrby(key, 'amendments'),
          ...(changes.validUntil ? [op.zadd(K.ends, dayScore(changes.validUntil), key)] : []),
        ];
      }
      case 'MouTerminated':
        return terminated(K.agreement('mou', event.data.mouId), event.data);
      case 'PksDrafted': {
        const d = event.data;
        const key = K.agreement('pks', d.pksId);
        return [
          op.hset(key, {
            kind: 'pks', id: d.pksId, stream: recorded.stream, mouId: d.mouId, entityCode: d.entityCode, provinceCode: orEmpty(d.provinceCode),
            timezone: d.timezone, title: d.title, unitIds: JSON.stringify(d.unitIds), scopeItems: String(d.scope.length), draftedOn: d.draftedOn, status: 'drafted',
          }),
          op.sadd(K.of(d.entityCode), key),
          ...dated('pks', d.provinceCode, d.draftedOn, key),
        ];
      }
      case 'PksFinalized':
        return [op.hset(K.agreement('pks', event.data.pksId), { status: 'finalized', finalizedOn: event.data.finalizedOn })];
      case 'PksSigned': {
        const { pksId, signedOn, number, validUntil } = event.data;
        const key = K.agreement('pks', pksId);
        return [
          op.hset(key, { status: 'signed', signedOn, number: orEmpty(number), validUntil: orEmpty(validUntil) }),
          ...(validUntil ? [op.zadd(K.ends, dayScore(validUntil), key)] : []),
        ];
      }
      case 'PksTerminated':
        return terminated(K.agreement('pks', event.data.pksId), event.data);
      default:
        return [];
    }
  },
};

/** Files an agreement, by the date it came into being, in every per-province and per-kind list. */
function dated(kind: AgreementKind, provinceCode: string | null | undefined, date: string, key: string): ProjectionOp[] {
  const province = provinceCode ?? NATIONAL;
  return [K.dated({}), K.dated({ province }), K.dated({ kind }), K.dated({ province, kind })].map((index) => op.zadd(index, dayScore(date), key));
}

/** A terminated agreement never expires: it leaves the validity index. */
function terminated(key: string, data: { terminatedOn: string; reason: string }): ProjectionOp[] {
  return [op.hset(key, { status: 'terminated', terminatedOn: data.terminatedOn, terminationReason: data.reason }), op.zrem(K.ends, key)];
}
