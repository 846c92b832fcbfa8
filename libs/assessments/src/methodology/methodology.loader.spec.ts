import bundled from './methodologies.json';
import { loadMethodologyCatalog } from './methodology.loader';

const fileOf = (content: unknown) => () => (typeof content === 'string' ? content : JSON.stringify(content));

describe('loadMethodologyCatalog', () => {
  it('uses the bundled file when METHODOLOGY_FILE is not set', () =>
    expect(loadMethodologyCatalog({}).coverage()).toBe('2013–2019, 2021 onward'));

  it('adds a new year from METHODOLOGY_FILE without code', () => {
    const next = { ...bundled.methodologies[2], id: 'opini-ombudsman-2026', version: 1, fromYear: 2026, toYear: null };
    const closed = { ...bundled.methodologies[2], toYear: 2025 };
    const catalog = loadMethodologyCatalog({ METHODOLOGY_FILE: '/etc/ori/2026.json' }, fileOf({ schemaVersion: 1, methodologies: [closed, next] }));
    expect(catalog.forYear(2026).id).toBe('opini-ombudsman-2026');
  });

  it('names the variable and the problem for unreadable JSON', () =>
    expect(() => loadMethodologyCatalog({ METHODOLOGY_FILE: 'x.json' }, fileOf('{not json'))).toThrow(/METHODOLOGY_FILE=x\.json is invalid:\n {2}- cannot be read as JSON/));

  it('names each shape problem with its path', () =>
    expect(() => loadMethodologyCatalog({ METHODOLOGY_FILE: 'x.json' }, fileOf({ schemaVersion: 1, methodologies: [{ id: 'new', version: 0 }] }))).toThrow(
      /methodologies\[0\]\.version: expected an integer ≥ 1/,
    ));
});
