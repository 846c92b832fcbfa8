import { bundledEscalationLadder, loadEscalationLadder, parseEscalationLadder } from './deadline-ladder';

describe('escalation ladder', () => {
  it('bundles unit head → regional secretary → Ombudsman leadership → publication', () =>
    expect(bundledEscalationLadder()).toEqual([
      { level: 1, to: 'unit_head', afterDays: 0 },
      { level: 2, to: 'regional_secretary', afterDays: 14 },
      { level: 3, to: 'ombudsman_leadership', afterDays: 30 },
      { level: 4, to: 'publication', afterDays: 60 },
    ]));

  it('is replaced as a whole by ESCALATION_LADDER_FILE', () => {
    const file = JSON.stringify([{ level: 1, to: 'regional_secretary', afterDays: 7 }]);
    expect(loadEscalationLadder({ ESCALATION_LADDER_FILE: 'ladder.json' }, () => file)).toEqual([{ level: 1, to: 'regional_secretary', afterDays: 7 }]);
  });

  it('names the variable when the file is not JSON', () =>
    expect(() => loadEscalationLadder({ ESCALATION_LADDER_FILE: 'ladder.json' }, () => '{')).toThrow(/ESCALATION_LADDER_FILE=ladder\.json is invalid/));

  it('lists every problem: gaps in levels, bad names, negative or decreasing delays', () => {
    const bad = [
      { level: 1, to: 'Unit Head', afterDays: 5 },
      { level: 3, to: 'publication', afterDays: 2 },
      { level: 3, to: 'x', afterDays: -1 },
    ];
    expect(() => parseEscalationLadder(bad, 'f')).toThrow(
      expect.objectContaining({
        problems: [
          '[0].to: expected a snake_case name such as unit_head',
          '[1].level: expected 2 (levels run 1..n in order)',
          '[2].afterDays: expected an integer 0–3650',
          "[1].afterDays: must not be less than level 1's",
          "[2].afterDays: must not be less than level 2's",
        ],
      }),
    );
  });

  it('refuses an empty ladder', () => expect(() => parseEscalationLadder([], 'f')).toThrow(/non-empty array/));
});
