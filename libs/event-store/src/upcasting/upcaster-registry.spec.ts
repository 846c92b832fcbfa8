import type { RecordedEvent } from '../envelope';
import type { Upcaster } from './upcaster';
import { UpcasterRegistry } from './upcaster-registry';

/** v1 called the deadline `tenggat`; v2 calls it `dueOn`. */
const renameTenggat: Upcaster = {
  type: 'RecommendationIssued',
  fromVersion: 1,
  upcast: ({ tenggat, ...rest }) => ({ ...rest, dueOn: tenggat }),
};
/** v3 adds the unit, unknown for older events. */
const addUnit: Upcaster = {
  type: 'RecommendationIssued',
  fromVersion: 2,
  upcast: (data) => ({ ...data, unitId: null }),
};

function recorded(schemaVersion: number, data: Record<string, unknown>, type = 'RecommendationIssued'): RecordedEvent {
  return {
    id: 'e1',
    stream: 'recommendation-1',
    revision: 0,
    position: 1n,
    type,
    data,
    metadata: {
      schemaVersion,
      actor: { id: 'officer-1', role: 'officer' },
      commandId: 'c1',
      correlationId: 'c1',
      causationId: 'c1',
      occurredAt: '2025-01-01T00:00:00.000Z',
      recordedAt: '2025-01-01T00:00:01.000Z',
      prevHash: null,
      hash: 'abc',
    },
  };
}

describe('UpcasterRegistry', () => {
  it('is at version 1 for a type without upcasters, and one past its newest upcaster otherwise', () => {
    const registry = new UpcasterRegistry().register(addUnit, renameTenggat);
    expect(registry.currentVersion('MouSigned')).toBe(1);
    expect(registry.currentVersion('RecommendationIssued')).toBe(3);
  });

  it('applies the chain up to the current version, keeping the stored hash and not touching the original', () => {
    const registry = new UpcasterRegistry().register(renameTenggat, addUnit);
    const original = recorded(1, { title: 'Perbaiki SOP', tenggat: '2025-03-01' });
    const upcast = registry.upcast(original);
    expect(upcast.data).toEqual({ title: 'Perbaiki SOP', dueOn: '2025-03-01', unitId: null });
    expect(upcast.metadata).toEqual({ ...original.metadata, schemaVersion: 3 });
    expect(original.data).toEqual({ title: 'Perbaiki SOP', tenggat: '2025-03-01' });
    expect(original.metadata.schemaVersion).toBe(1);
  });

  it('starts from the stored version and returns current events as they are', () => {
    const registry = new UpcasterRegistry().register(renameTenggat, addUnit);
    expect(registry.upcast(recorded(2, { dueOn: '2025-03-01' })).data).toEqual({ dueOn: '2025-03-01', unitId: null });
    const current = recorded(3, { dueOn: '2025-03-01', unitId: 'dpmptsp' });
    expect(registry.upcast(current)).toBe(current);
    const unrelated = recorded(1, { x: 1 }, 'MouSigned');
    expect(registry.upcast(unrelated)).toBe(unrelated);
  });

  it('refuses a gap in the chain, an event newer than it knows, and duplicate or invalid registrations', () => {
    const gap = new UpcasterRegistry().register(addUnit);
    expect(() => gap.upcast(recorded(1, {}))).toThrow(/no upcaster registered for RecommendationIssued v1 → v2/);
    expect(() => gap.upcast(recorded(4, {}))).toThrow(/v4 is newer than this build knows \(v3\)/);
    expect(() => gap.register({ ...addUnit })).toThrow(/already registered/);
    expect(() => gap.register({ ...addUnit, fromVersion: 0 })).toThrow(/integer >= 1/);
  });
});
