import { computeHash, sealEvents, verifyChain } from './hash-chain';
import type { RecordedEvent } from './envelope';

const metadata = {
  schemaVersion: 1,
  actor: { id: 'asisten-kalsel', role: 'officer' as const },
  commandId: 'c1',
  correlationId: 'c1',
  causationId: 'c1',
  occurredAt: '2021-10-28T02:00:00.000Z',
};

const recorded = (stream: string, sealed: ReturnType<typeof sealEvents>): RecordedEvent[] =>
  sealed.map((e, revision) => ({ ...e, stream, revision, position: BigInt(revision + 1) }));

describe('hash chain', () => {
  it('hashes canonical JSON: key order does not change the hash, any value does', () => {
    const unsealed = { ...metadata, recordedAt: '2021-10-28T02:00:01.000Z', prevHash: null };
    const a = computeHash('MouSigned', { title: 'x', signedOn: '2021-10-28' }, unsealed);
    const b = computeHash('MouSigned', { signedOn: '2021-10-28', title: 'x' }, unsealed);
    const c = computeHash('MouSigned', { signedOn: '2021-10-29', title: 'x' }, unsealed);
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });

  it('links each event to the previous one of its stream from the very first event', () => {
    const events = [1, 2, 3].map((n) => ({ id: `e${n}`, type: 'UnitRegistered', data: { unitId: `u${n}` }, metadata }));
    const first = sealEvents(events.slice(0, 1), null, new Date('2021-10-28T02:00:00Z'));
    const rest = sealEvents(events.slice(1), first[0].metadata.hash, new Date('2021-10-28T03:00:00Z'));
    expect(first[0].metadata.prevHash).toBeNull();
    expect(rest[0].metadata.prevHash).toBe(first[0].metadata.hash);
    expect(rest[1].metadata.prevHash).toBe(rest[0].metadata.hash);
    expect(verifyChain('entity-63', recorded('entity-63', [...first, ...rest]))).toMatchObject({ ok: true, events: 3 });
  });

  it('names the first broken link: an edited event, then a removed one', () => {
    const events = [1, 2, 3].map((n) => ({ id: `e${n}`, type: 'UnitRegistered', data: { unitId: `u${n}` }, metadata }));
    const chain = recorded('entity-63', sealEvents(events, null, new Date('2021-10-28T02:00:00Z')));
    const edited = chain.map((e) => (e.revision === 1 ? { ...e, data: { unitId: 'forged' } } : e));
    expect(verifyChain('entity-63', edited)).toMatchObject({ ok: false, brokenAt: { revision: 1, reason: 'hash_mismatch' } });
    const removed = [chain[0], chain[2]];
    expect(verifyChain('entity-63', removed)).toMatchObject({ ok: false, brokenAt: { revision: 2, reason: 'prev_hash_mismatch' } });
  });
});
