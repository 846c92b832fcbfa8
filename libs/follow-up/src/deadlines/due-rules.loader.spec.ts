import { loadDueRules } from './due-rules.loader';

describe('loadDueRules', () => {
  it('uses the bundled rules when DUE_RULES_FILE is not set', () => expect(loadDueRules({}).saran_perbaikan.days).toBe(60));

  it('lets DUE_RULES_FILE redefine one kind', () => {
    const file = JSON.stringify({ schemaVersion: 1, rules: { saran_perbaikan: { days: 14, basis: 'working', source: 'Perwakilan Kaltim policy' } } });
    const rules = loadDueRules({ DUE_RULES_FILE: 'rules.json' }, () => file);
    expect(rules.saran_perbaikan).toEqual({ days: 14, basis: 'working', source: 'Perwakilan Kaltim policy' });
    expect(rules.tindakan_korektif.days).toBe(30);
  });

  it('names the variable when the file is not JSON', () =>
    expect(() => loadDueRules({ DUE_RULES_FILE: 'rules.json' }, () => 'nope')).toThrow(/DUE_RULES_FILE=rules\.json is invalid/));
});
