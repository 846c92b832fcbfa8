import { DueRulesFileError, bundledDueRules, parseDueRules } from './due-rules';

describe('due rules as data', () => {
  it('bundles one rule per kind with its basis and source', () => {
    const rules = bundledDueRules();
    expect(rules.tindakan_korektif).toMatchObject({ days: 30, basis: 'working' });
    expect(rules.tindakan_korektif.source).toMatch(/TO BE CONFIRMED/);
    expect(rules.rekomendasi).toMatchObject({ days: 60, basis: 'calendar' });
    expect(rules.rekomendasi.source).toMatch(/UU 37\/2008 art\. 38\(2\)/);
    expect(rules.saran_perbaikan).toMatchObject({ days: 60, basis: 'calendar' });
  });

  it('lets an extra file change one kind and keep the others', () => {
    const rules = parseDueRules(
      { schemaVersion: 1, rules: { saran_perbaikan: { days: 45, basis: 'working', source: 'Perwakilan policy' } } },
      'extra.json',
      bundledDueRules(),
    );
    expect(rules.saran_perbaikan).toEqual({ days: 45, basis: 'working', source: 'Perwakilan policy' });
    expect(rules.rekomendasi.days).toBe(60);
  });

  it('names every problem', () => {
    let error: DueRulesFileError | undefined;
    try {
      parseDueRules({ schemaVersion: 1, rules: { teguran: {}, rekomendasi: { days: 0, basis: 'hours', source: '' } } }, 'bad.json');
    } catch (e) {
      error = e as DueRulesFileError;
    }
    expect(error?.problems).toEqual([
      'rules.teguran: unknown kind; expected saran_perbaikan, tindakan_korektif, rekomendasi',
      'rules.saran_perbaikan: missing',
      'rules.tindakan_korektif: missing',
      'rules.rekomendasi.days: expected an integer 1–365',
      'rules.rekomendasi.basis: expected calendar or working',
      'rules.rekomendasi.source: expected non-empty text saying where the rule comes from',
    ]);
  });
});
