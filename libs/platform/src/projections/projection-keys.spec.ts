import { ProjectionKeys, newGeneration, scratchGeneration } from './projection-keys';

describe('ProjectionKeys', () => {
  const keys = new ProjectionKeys('ofu:', 'compliance');

  it('lays out pointer, registry, lock and per-generation keys under the prefix', () => {
    expect(keys.active).toBe('ofu:rm:{compliance}:active');
    expect(keys.generations).toBe('ofu:rm:{compliance}:generations');
    expect(keys.rebuildLock).toBe('ofu:rm:{compliance}:rebuild-lock');
    expect(keys.namespace('v2.0a1b2c3d')).toBe('ofu:rm:{compliance}:v2.0a1b2c3d:');
    expect(keys.checkpoint('v2.0a1b2c3d')).toBe('ofu:rm:{compliance}:v2.0a1b2c3d:@checkpoint');
    expect(keys.checkpointAt('v2.0a1b2c3d')).toBe('ofu:rm:{compliance}:v2.0a1b2c3d:@checkpointAt');
    expect(keys.version('v2.0a1b2c3d')).toBe('ofu:rm:{compliance}:v2.0a1b2c3d:@version');
  });

  it('puts every key of a projection in one Redis Cluster slot, and projections apart', () => {
    const slotTag = (key: string): string => /\{([^}]+)\}/.exec(key)?.[1] ?? key;
    const tags = [keys.active, keys.generations, keys.rebuildLock, keys.checkpoint('v2.0a1b2c3d'), keys.version('scratch-1'), `${keys.namespace('v2.0a1b2c3d')}open:{all}`].map(slotTag);
    expect(new Set(tags)).toEqual(new Set(['compliance']));
    expect(slotTag(new ProjectionKeys('ofu:', 'agreements').active)).toBe('agreements');
  });

  it('escapes glob characters in SCAN patterns', () => {
    expect(new ProjectionKeys('a*b?[c]\\:', 'x').pattern('v1.00000000')).toBe('a\\*b\\?\\[c\\]\\\\:rm:{x}:v1.00000000:*');
  });

  it('names generations so they never collide with the fixed keys', () => {
    expect(newGeneration(3)).toMatch(/^v3\.[0-9a-f]{8}$/);
    expect(scratchGeneration()).toMatch(/^scratch-[0-9a-f-]{36}$/);
    expect(newGeneration(1)).not.toBe(newGeneration(1));
  });
});
