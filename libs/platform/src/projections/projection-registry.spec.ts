import type { Projection } from './projection';
import { ProjectionRegistry, UnknownProjection } from './projection-registry';

const projection = (name: string, version = 1): Projection => ({ name, version, filter: {}, apply: () => [] });

describe('ProjectionRegistry', () => {
  it('finds projections by name and names the known ones when asked for another', () => {
    const registry = new ProjectionRegistry([projection('compliance'), projection('follow-up-queues')]);
    expect(registry.get('compliance').name).toBe('compliance');
    expect(registry.names()).toEqual(['compliance', 'follow-up-queues']);
    expect(() => registry.get('agreements')).toThrow(UnknownProjection);
    expect(() => registry.get('agreements')).toThrow('No projection named "agreements"; known: compliance, follow-up-queues');
  });

  it.each([
    [[projection('a'), projection('a')], /registered twice/],
    [[projection('Compliance')], /must match/],
    [[projection('rm:x')], /must match/],
    [[projection('a*')], /must match/],
    [[projection('a', 0)], /version must be an integer >= 1/],
    [[projection('a', 1.5)], /version must be an integer >= 1/],
  ])('refuses bad definitions at startup (%#)', (projections, message) => {
    expect(() => new ProjectionRegistry(projections)).toThrow(message);
  });
});
