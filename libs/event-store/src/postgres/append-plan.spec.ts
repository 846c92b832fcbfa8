import { randomUUID } from 'node:crypto';
import type { NewEvent } from '../envelope';
import { ConcurrencyError, DuplicateEventId } from '../errors';
import { sealEvents } from '../hash-chain';
import { planAppends, type StoredState } from './append-plan';

const AT = new Date('2025-06-01T01:02:03.456Z');
const EMPTY: StoredState = { ids: new Map(), heads: new Map() };

function event(type = 'PlanThing', data: Record<string, unknown> = {}): NewEvent {
  const commandId = randomUUID();
  return {
    id: randomUUID(),
    type,
    data,
    metadata: { schemaVersion: 1, actor: { id: 'officer-1', role: 'officer' }, commandId, correlationId: commandId, causationId: commandId, occurredAt: '2025-03-14T02:30:00.000Z' },
  };
}

describe('planAppends', () => {
  it('continues a stored stream: revisions after its head, chained to its hash, as sealEvents seals them', () => {
    const [a, b] = [event(), event()];
    const stored: StoredState = { ids: new Map(), heads: new Map([['plan-1', { revision: 4, hash: 'f'.repeat(64) }]]) };
    const { rows, outcomes } = planAppends([[{ stream: 'plan-1', events: [a, b], expected: 4 }]], stored, AT);
    const sealed = sealEvents([a, b], 'f'.repeat(64), AT);
    expect(rows).toEqual(
      sealed.map((e, i) => ({ id: e.id, stream: 'plan-1', category: 'plan', revision: 5 + i, type: e.type, data: JSON.stringify(e.data), metadata: JSON.stringify(e.metadata) })),
    );
    expect(outcomes).toEqual([{ ok: true, results: [{ nextRevision: 6, lastEventId: b.id }] }]);
  });

  it('each caller sees the callers before it; a refused caller leaves no trace for those after it', () => {
    const first = event();
    const refusedWrite = event();
    const unserialisable = event('PlanBroken', { amount: 10n });
    const after = event();
    const { rows, outcomes } = planAppends(
      [
        [{ stream: 'plan-1', events: [first], expected: 'no_stream' }],
        // Writes plan-2 first, then is refused on plan-1: nothing of it may remain.
        [
          { stream: 'plan-2', events: [refusedWrite], expected: 'no_stream' },
          { stream: 'plan-1', events: [event()], expected: 'no_stream' },
        ],
        [{ stream: 'plan-3', events: [unserialisable], expected: 'no_stream' }],
        [
          { stream: 'plan-2', events: [after], expected: 'no_stream' },
          { stream: 'plan-1', events: [event()], expected: 0 },
        ],
      ],
      EMPTY,
      AT,
    );
    expect(outcomes[0]).toMatchObject({ ok: true });
    expect(outcomes[1]).toMatchObject({ ok: false, error: expect.any(ConcurrencyError) });
    expect(outcomes[1]).toMatchObject({ error: { stream: 'plan-1', expected: 'no_stream', actual: 0 } });
    expect(outcomes[2]).toMatchObject({ ok: false, error: expect.any(TypeError) });
    expect(outcomes[3]).toEqual({ ok: true, results: [{ nextRevision: 0, lastEventId: after.id }, expect.objectContaining({ nextRevision: 1 })] });
    expect(rows.map((row) => `${row.stream}@${row.revision}`)).toEqual(['plan-1@0', 'plan-2@0', 'plan-1@1']);
    expect(rows.some((row) => row.id === refusedWrite.id)).toBe(false);
  });

  it('a repeat of an append stored or planned earlier writes nothing and answers the original revision', () => {
    const storedEvent = event();
    const stored: StoredState = {
      ids: new Map([[storedEvent.id, { stream: 'plan-1', revision: 0n, position: 7n }]]),
      heads: new Map([['plan-1', { revision: 0, hash: 'a'.repeat(64) }]]),
    };
    const fresh = event();
    const { rows, outcomes } = planAppends(
      [
        [{ stream: 'plan-1', events: [storedEvent], expected: 'no_stream' }],
        [{ stream: 'plan-1', events: [fresh], expected: 0 }],
        [{ stream: 'plan-1', events: [fresh], expected: 0 }],
      ],
      stored,
      AT,
    );
    expect(outcomes).toEqual([
      { ok: true, results: [{ nextRevision: 0, lastEventId: storedEvent.id }] },
      { ok: true, results: [{ nextRevision: 1, lastEventId: fresh.id }] },
      { ok: true, results: [{ nextRevision: 1, lastEventId: fresh.id }] },
    ]);
    expect(rows.map((row) => row.id)).toEqual([fresh.id]);
  });

  it('an id claimed by an earlier caller for another stream is a DuplicateEventId naming that stream', () => {
    const shared = event();
    const { outcomes } = planAppends(
      [
        [{ stream: 'plan-1', events: [shared], expected: 'no_stream' }],
        [{ stream: 'plan-2', events: [shared], expected: 'no_stream' }],
      ],
      EMPTY,
      AT,
    );
    expect(outcomes[1]).toMatchObject({ ok: false, error: expect.any(DuplicateEventId) });
    expect(outcomes[1]).toMatchObject({ error: { stream: 'plan-2', eventId: shared.id, storedIn: 'plan-1' } });
  });
});
