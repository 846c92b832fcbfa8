import { createHmac } from 'node:crypto';
import { signWebhook, verifyWebhook } from './webhook-signature';

const secret = 'whsec-test';
const body = JSON.stringify({ eventId: 'e1', type: 'DeadlineMarkedOverdue' });

describe('webhook signature', () => {
  it('is v1= and the hex HMAC-SHA256 of "<timestamp>.<body>" under the secret', () =>
    expect(signWebhook(secret, 1_750_000_000, body)).toBe(`v1=${createHmac('sha256', secret).update(`1750000000.${body}`).digest('hex')}`));

  it('verifies the exact body and timestamp it signed', () =>
    expect(verifyWebhook(secret, { timestamp: '1750000000', signature: signWebhook(secret, 1_750_000_000, body) }, body, 1_750_000_010)).toBe(true));

  it.each([
    ['another body', { timestamp: '1750000000' }, `${body} `, 1_750_000_000],
    ['another timestamp', { timestamp: '1750000001' }, body, 1_750_000_000],
    ['a stale delivery (replay)', { timestamp: '1750000000' }, body, 1_750_000_301],
  ])('refuses %s', (_, { timestamp }, received, now) =>
    expect(verifyWebhook(secret, { timestamp, signature: signWebhook(secret, 1_750_000_000, body) }, received, now)).toBe(false));

  it('refuses another secret', () =>
    expect(verifyWebhook(secret, { timestamp: '1750000000', signature: signWebhook('other', 1_750_000_000, body) }, body, 1_750_000_000)).toBe(false));
});
