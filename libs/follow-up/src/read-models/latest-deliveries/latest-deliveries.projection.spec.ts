import type Redis from 'ioredis';
import type { ReadModelView } from '@app/platform/projections';
import { MemoryReadModel } from '@app/platform/testing';
import type { DeliveryEvent } from '../../processing/deliveries/delivery.events';
import { latestDeliveryKeys as K } from './latest-deliveries.keys';
import { latestDeliveriesProjection } from './latest-deliveries.projection';
import { latestDeliveries } from './latest-deliveries.query';
import { latestDeliveryColumns, stepWords } from './latest-delivery.columns';

const STREAM = 'deliveries-recommendation-r1';
const routed = (stepEventId: string, step: string, routedAt: string): DeliveryEvent => ({
  type: 'DeliveriesRouted',
  data: {
    stepEventId, entityCode: '64.01', step, stepType: 'overdue', routedAt,
    recipients: [
      { contactId: 'siti', role: 'liaison', name: 'Siti Aminah', address: 'siti@paserkab.go.id', channel: 'email', copy: false, template: 'id/overdue@1' },
      { contactId: 'sipp', role: 'unit_head', name: 'SIPP Paser', address: 'https://sipp.paserkab.go.id/hook', channel: 'webhook', copy: true, template: 'id/overdue@1' },
    ],
    missing: [{ code: 'NoContact', role: 'ombudsman_officer', of: '64', reason: 'no contact for ombudsman_officer of 64' }],
  },
});
const delivered = (stepEventId: string, contactId: string, channel: 'email' | 'webhook', at: string): DeliveryEvent => ({
  type: 'DeliveryDelivered', data: { stepEventId, contactId, channel, attempt: 1, response: '250 OK', deliveredAt: at },
});
const failed = (stepEventId: string, contactId: string, channel: 'email' | 'webhook', final: boolean, at: string): DeliveryEvent => ({
  type: 'DeliveryFailed', data: { stepEventId, contactId, channel, attempt: final ? 3 : 1, reason: 'HTTP 503', final, failedAt: at },
});

/** Answers the query's HGETALLs from the memory read model, as Redis would from the projection's writes. */
function fromMemory(m: MemoryReadModel) {
  const view = { key: (relative: string) => relative } as ReadModelView;
  const redis = { pipeline: (commands: Array<[string, string]>) => ({ exec: async () => commands.map(([, key]) => [null, m.hash(key)]) }) } as unknown as Redis;
  return (streams: string[]) => latestDeliveries({ redis, view }, streams);
}

describe('latest deliveries read model', () => {
  it('keeps the last routed step with each recipient’s outcome; a failure reported after the delivery does not undo it', async () => {
    const m = new MemoryReadModel(latestDeliveriesProjection).feed(
      STREAM,
      routed('e1', 'overdue', '2025-05-31T16:00:00.000Z'),
      delivered('e1', 'siti', 'email', '2025-05-31T16:00:03.000Z'),
      failed('e1', 'siti', 'email', false, '2025-05-31T16:00:04.000Z'),
      failed('e1', 'sipp', 'webhook', true, '2025-05-31T16:00:09.000Z'),
    );
    const latest = (await fromMemory(m)(['recommendation-r1', 'recommendation-r2'])).get('recommendation-r1');
    expect(latest).toEqual({
      step: 'overdue',
      routedAt: '2025-05-31T16:00:00.000Z',
      recipients: [
        { name: 'Siti Aminah', role: 'liaison', channel: 'email', copy: false, status: 'delivered', at: '2025-05-31T16:00:03.000Z', reason: null },
        { name: 'SIPP Paser', role: 'unit_head', channel: 'webhook', copy: true, status: 'failed', at: '2025-05-31T16:00:09.000Z', reason: 'HTTP 503' },
      ],
      missingRoles: ['ombudsman_officer'],
      steps: 1,
    });
    expect((await fromMemory(m)(['recommendation-r2'])).get('recommendation-r2')).toBeNull();
  });

  it('replaces the last step with the next one routed, forgets the old outcomes and counts the steps', async () => {
    const m = new MemoryReadModel(latestDeliveriesProjection).feed(
      STREAM,
      routed('e1', 'overdue', '2025-05-31T16:00:00.000Z'),
      delivered('e1', 'siti', 'email', '2025-05-31T16:00:03.000Z'),
      routed('e2', 'escalation-1', '2025-06-07T16:00:00.000Z'),
      failed('e2', 'siti', 'email', false, '2025-06-07T16:00:05.000Z'),
    );
    const latest = (await fromMemory(m)(['recommendation-r1'])).get('recommendation-r1');
    expect(latest).toMatchObject({ step: 'escalation-1', steps: 2 });
    expect(latest?.recipients.map((r) => [r.name, r.status])).toEqual([['Siti Aminah', 'retrying'], ['SIPP Paser', 'queued']]);
    expect(Object.keys(m.hash(K.outcomes('recommendation-r1')))).toEqual(['e2|siti|email|failed']);
  });

  it('words the export cells as officers read them', async () => {
    const m = new MemoryReadModel(latestDeliveriesProjection).feed(STREAM, routed('e1', 'escalation-2', '2025-06-14T16:01:00.000Z'), delivered('e1', 'siti', 'email', '2025-06-14T16:01:02.000Z'), failed('e1', 'sipp', 'webhook', true, '2025-06-14T16:02:00.000Z'));
    const row = { lastDelivery: (await fromMemory(m)(['recommendation-r1'])).get('recommendation-r1') ?? null };
    const cells = Object.fromEntries(latestDeliveryColumns<typeof row>().map((c) => [c.header, c.value(row)]));
    expect(cells).toEqual({
      'Pemberitahuan terakhir': 'eskalasi tingkat 2',
      'Waktu pemberitahuan': '2025-06-14T16:01:00.000Z',
      'Diberitahukan kepada': 'Siti Aminah (liaison, surel); SIPP Paser (unit_head, webhook, tembusan)',
      'Status pengiriman': 'Siti Aminah: terkirim; SIPP Paser: gagal – HTTP 503',
      'Tanpa kontak': 'ombudsman_officer',
      'Jumlah pemberitahuan': 1,
    });
    const none = Object.fromEntries(latestDeliveryColumns<{ lastDelivery: null }>().map((c) => [c.header, c.value({ lastDelivery: null })]));
    expect(none).toMatchObject({ 'Pemberitahuan terakhir': null, 'Jumlah pemberitahuan': 0 });
    expect([stepWords('reminder-7'), stepWords('overdue')]).toEqual(['pengingat H-7', 'terlambat']);
  });
});
