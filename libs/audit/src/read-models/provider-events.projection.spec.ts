import type { RecordedEvent } from '@app/event-store';
import { op } from '@app/platform/projections';
import { parseEventMember } from './provider-events.keys';
import { providerEventsProjection } from './provider-events.projection';

const recorded = (stream: string, revision: number, position: number, type: string, data: Record<string, unknown>): RecordedEvent =>
  ({ id: `${stream}@${revision}`, stream, revision, position: BigInt(position), type, data, metadata: {} }) as RecordedEvent;

describe('provider-events projection', () => {
  it('indexes every event of every stream by its global position', () => {
    expect(providerEventsProjection.filter).toEqual({});
    expect(providerEventsProjection.apply(recorded('calendar-2026', 0, 7, 'HolidayAdded', { date: '2026-01-01' }))).toEqual([
      op.zadd('stream-events:calendar-2026', 7, '7:0'),
    ]);
  });

  it.each([
    ['entity-64.01', 'EntityRegistered', { code: '64.01', name: 'Kabupaten Paser' }],
    ['entity-64.01', 'UnitRegistered', { entityCode: '64.01', unitId: 'dpmptsp' }],
    ['mou-41-ORI-MOU-III-2022', 'MouSigned', { mouId: '41-ORI-MOU-III-2022', entityCode: '64.01' }],
    ['pks-7f1c', 'PksDrafted', { pksId: '7f1c', mouId: '41-ORI-MOU-III-2022', entityCode: '64.01' }],
    ['assessment-64.01-2023', 'AssessmentRecorded', { assessmentId: '64.01-2023', entityCode: '64.01' }],
    ['recommendation-9a2e', 'RecommendationIssued', { recommendationId: '9a2e', entityCode: '64.01' }],
    ['obligation-7f1c.laporan.2022-Q3', 'ObligationScheduled', { obligationId: '7f1c.laporan.2022-Q3', pksId: '7f1c', entityCode: '64.01' }],
    ['registration-64.01-100-NK-PASER-2022', 'RegistrationNumberClaimed', { number: '100/NK-PASER/2022', entityCode: '64.01' }],
  ])('puts %s in the provider’s streams when %s names it', (stream, type, data) => {
    expect(providerEventsProjection.apply(recorded(stream, 0, 12, type, data))).toEqual([
      op.zadd(`stream-events:${stream}`, 12, '12:0'),
      op.sadd('provider-streams:64.01', stream),
    ]);
  });

  it('indexes events that name only their own aggregate under their stream alone (joined to the provider at query time)', () => {
    for (const [stream, type, data] of [
      ['mou-41-ORI-MOU-III-2022', 'MouAmended', { mouId: '41-ORI-MOU-III-2022', reason: 'x' }],
      ['pks-7f1c', 'PksSigned', { pksId: '7f1c' }],
      ['recommendation-9a2e', 'RecommendationClosed', { recommendationId: '9a2e', reason: 'x' }],
      ['obligation-7f1c.laporan.2022-Q3', 'ObligationFulfilled', { obligationId: '7f1c.laporan.2022-Q3' }],
    ] as const) {
      expect(providerEventsProjection.apply(recorded(stream, 3, 40, type, data))).toEqual([op.zadd(`stream-events:${stream}`, 40, '40:3')]);
    }
  });

  it('keeps positions beyond 2^53 exact in the member', () => {
    const [zadd] = providerEventsProjection.apply({ ...recorded('pks-7f1c', 2, 0, 'PksSigned', {}), position: 18_014_398_509_481_985n });
    const member = zadd.kind === 'zadd' ? zadd.entries[0].member : '';
    expect(parseEventMember('pks-7f1c', member)).toEqual({ stream: 'pks-7f1c', position: 18_014_398_509_481_985n, revision: 2 });
    expect(parseEventMember('pks-7f1c', 'junk')).toBeNull();
  });
});
