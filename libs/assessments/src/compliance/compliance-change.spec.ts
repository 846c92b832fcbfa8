import { bundledMethodologyCatalog } from '../methodology/methodology-catalog';
import { categoryFloors, changeBetween, trendOf, type GradeFacts } from './compliance-change';

const floor = categoryFloors(bundledMethodologyCatalog());
const at = (year: number, score: number, category: string | null, zone: GradeFacts['zone'], methodologyId = 'penilaian-kepatuhan-2022'): GradeFacts => ({
  year, score, category, zone, methodologyId,
});

describe('Compliance change against the previous assessed year', () => {
  it('crossing 77.99 → 78.00 is +0.01 exactly, category C → B up, zone kuning → hijau up', () => {
    expect(changeBetween(at(2023, 77.99, 'C', 'kuning'), at(2024, 78, 'B', 'hijau'), floor)).toEqual({
      previousYear: 2023,
      previousScore: 77.99,
      scoreDelta: 0.01,
      category: { from: 'C', to: 'B', direction: 'up' },
      zone: { from: 'kuning', to: 'hijau', direction: 'up' },
    });
  });

  it('falling back 78.00 → 77.99 moves down in category and zone', () => {
    const change = changeBetween(at(2023, 78, 'B', 'hijau'), at(2024, 77.99, 'C', 'kuning'), floor);
    expect([change.scoreDelta, change.category.direction, change.zone.direction]).toEqual([-0.01, 'down', 'down']);
  });

  it('Penajam Paser Utara 2023 → 2024: 86.58 → 87.27 stays B and hijau', () => {
    const change = changeBetween(at(2023, 86.58, 'B', 'hijau'), at(2024, 87.27, 'B', 'hijau'), floor);
    expect([change.scoreDelta, change.category.direction, change.zone.direction]).toEqual([0.69, 'same', 'same']);
  });

  it('compares categories across methods by their bands (2024 B → 2025 A is up)', () => {
    expect(changeBetween(at(2024, 87.27, 'B', 'hijau'), at(2025, 90, 'A', 'hijau', 'opini-ombudsman-2025'), floor).category.direction).toBe('up');
  });

  it('has no category direction against a zone-only survey year (Mukomuko 60.35 kuning → 90.02 A)', () => {
    const change = changeBetween(at(2021, 60.35, null, 'kuning', 'survei-kepatuhan'), at(2022, 90.02, 'A', 'hijau'), floor);
    expect(change.category).toEqual({ from: null, to: 'A', direction: null });
    expect(change.zone.direction).toBe('up');
    expect(change.scoreDelta).toBe(29.67);
  });

  it('a trend runs from the first to the last assessed year', () => {
    expect(trendOf([at(2022, 55.18, 'C', 'kuning'), at(2023, 86.58, 'B', 'hijau'), at(2024, 87.27, 'B', 'hijau')])).toEqual({
      fromYear: 2022, toYear: 2024, scoreDelta: 32.09, direction: 'up',
    });
    expect(trendOf([at(2024, 87.27, 'B', 'hijau')])).toBeNull();
  });
});
