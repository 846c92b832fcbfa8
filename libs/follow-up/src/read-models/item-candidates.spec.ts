import { prefersMaterialize } from './item-candidates';

describe('prefersMaterialize (query plan choice)', () => {
  it('intersects in Redis a small clause, whatever the driver', () => expect(prefersMaterialize(2_000, 50, 1_000_000)).toBe(true));

  it("intersects a province's items against the open queue of a fulfilled-free read model (bench: 3.5k of 34k open)", () =>
    expect(prefersMaterialize(3_500, 50, 34_000)).toBe(true));

  it('walks the driver when the clause is large compared with it (a kind or status shared by most items)', () =>
    expect(prefersMaterialize(40_000, 50, 34_000)).toBe(false));
});
