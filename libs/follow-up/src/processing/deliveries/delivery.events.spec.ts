import { foldDeliveries, type DeliveryEvent } from './delivery.events';

const routed: DeliveryEvent = {
  type: 'DeliveriesRouted',
  data: {
    stepEventId: 'e1',
    entityCode: '64.01',
    step: 'escalation-2',
    stepType: 'escalation',
    recipients: [
      { contactId: 'sekda', role: 'regional_secretary', name: 'Sekda Paser', address: 'sekda@paser.go.id', channel: 'email', copy: false, template: 'id/escalation@1' },
      { contactId: 'siti', role: 'liaison', name: 'Siti', address: 'siti@paser.go.id', channel: 'email', copy: true, template: 'id/escalation@1' },
    ],
    missing: [{ code: 'NoContact', role: 'ombudsman_officer', of: '64', reason: 'no contact for ombudsman_officer of 64' }],
    routedAt: '2025-06-13T16:00:00.000Z',
  },
};
const failed = (attempt: number, final: boolean): DeliveryEvent => ({
  type: 'DeliveryFailed',
  data: { stepEventId: 'e1', contactId: 'siti', channel: 'email', attempt, reason: '550 mailbox unavailable', final, failedAt: `2025-06-13T16:0${attempt}:00.000Z` },
});

describe('delivery records', () => {
  it('lists each recipient as queued and each role nobody holds as NoContact', () => {
    const lines = foldDeliveries([routed]);
    expect(lines.map((l) => [l.role, l.status, l.copy, l.code])).toEqual([
      ['regional_secretary', 'queued', false, null],
      ['liaison', 'queued', true, null],
      ['ombudsman_officer', 'no_contact', false, 'NoContact'],
    ]);
    expect(lines[2].reason).toBe('no contact for ombudsman_officer of 64');
  });

  it('follows each recipient: delivered, retrying with the attempt count and reason, failed when parked', () => {
    const lines = foldDeliveries([
      routed,
      { type: 'DeliveryDelivered', data: { stepEventId: 'e1', contactId: 'sekda', channel: 'email', attempt: 1, response: '250 OK', deliveredAt: '2025-06-13T16:00:01.000Z' } },
      failed(1, false),
      failed(2, false),
    ]);
    expect(lines[0]).toMatchObject({ status: 'delivered', attempts: 1, at: '2025-06-13T16:00:01.000Z', reason: null });
    expect(lines[1]).toMatchObject({ status: 'retrying', attempts: 2, reason: '550 mailbox unavailable' });
    expect(foldDeliveries([routed, failed(1, false), failed(2, true)])[1]).toMatchObject({ status: 'failed', attempts: 2 });
  });

  it('never lets a late failure report undo a delivery, nor a repeated routing reset it', () => {
    const delivered: DeliveryEvent = { type: 'DeliveryDelivered', data: { stepEventId: 'e1', contactId: 'siti', channel: 'email', attempt: 3, response: '250 OK', deliveredAt: '2025-06-13T16:03:00.000Z' } };
    expect(foldDeliveries([routed, delivered, failed(2, false), routed])[1]).toMatchObject({ status: 'delivered', attempts: 3 });
  });
});
