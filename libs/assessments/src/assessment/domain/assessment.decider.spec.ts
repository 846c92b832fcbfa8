import { deciderSpec } from '@app/kernel/testing';
import { fold } from '@app/kernel';
import { assessmentDecider } from './assessment.decider';
import { AssessmentEvent, AssessmentRecorded } from './assessment.events';
import {
  admin,
  auditor,
  correctCmd,
  kalsel,
  liaisonPaser,
  mukomuko,
  officerBengkulu,
  officerKaltim,
  paser,
  ppu,
  recordCmd,
} from '../../testing/assessment.fixtures';

const spec = deciderSpec(assessmentDecider);

const paser2023: AssessmentRecorded = {
  type: 'AssessmentRecorded',
  data: {
    assessmentId: '64.01-2023',
    entityCode: '64.01',
    provinceCode: '64',
    year: 2023,
    score: 81.22,
    category: 'B',
    zone: 'hijau',
    opinion: 'Kualitas Tinggi',
    withoutMaladministration: null,
    methodologyId: 'penilaian-kepatuhan-2022',
    methodologyVersion: 1,
    provisional: false,
    loci: [
      { unitId: 'dpmptsp', score: 88, category: 'A', zone: 'hijau', opinion: 'Kualitas Tertinggi' },
      { unitId: 'puskesmas-kuaro', score: 53.99, category: 'D', zone: 'merah', opinion: 'Kualitas Rendah' },
    ],
    publishedOn: '2023-12-10',
  },
};

const recordPaser2023 = () =>
  recordCmd(paser, {
    year: 2023,
    score: 81.22,
    loci: [
      { unitId: 'dpmptsp', score: 88 },
      { unitId: 'puskesmas-kuaro', score: 53.99 },
    ],
  }, officerKaltim);

const graded = (events: AssessmentEvent[]) => {
  const { category, zone, opinion } = events[0].data;
  return { category, zone, opinion };
};

describe('RecordAssessment', () => {
  it('grades Kab. Paser 2023 (81.22) as B, hijau, Kualitas Tinggi, loci included', () =>
    // Published 2023-12-10, recorded 2025-06-01: it occurred at the end of its publication day (WIT when the zone is not given).
    spec.given([]).when(recordPaser2023()).then([{ ...paser2023, occurredAt: new Date('2023-12-10T14:59:59.999Z') }]));

  it.each([
    ['PPU', 2022, 55.18, ppu, { category: 'C', zone: 'kuning', opinion: 'Kualitas Sedang' }],
    ['PPU', 2023, 86.58, ppu, { category: 'B', zone: 'hijau', opinion: 'Kualitas Tinggi' }],
    ['PPU', 2024, 87.27, ppu, { category: 'B', zone: 'hijau', opinion: 'Kualitas Tinggi' }],
    ['Mukomuko', 2023, 90.02, mukomuko, { category: 'A', zone: 'hijau', opinion: 'Kualitas Tertinggi' }],
    ['Mukomuko', 2022, 60.35, mukomuko, { category: 'C', zone: 'kuning', opinion: 'Kualitas Sedang' }],
    ['Pemprov Kalsel', 2021, 60.35, kalsel, { category: null, zone: 'kuning', opinion: null }],
  ])('%s %p scored %p', (_name, year, score, provider, expected) =>
    spec.given([]).when(recordCmd(provider, { year, score })).thenEvents((events) => expect(graded(events)).toEqual(expected)),
  );

  describe.each([
    [2021, [[0, 'merah'], [50.99, 'merah'], [51, 'kuning'], [80.99, 'kuning'], [81, 'hijau'], [100, 'hijau']]],
    [2023, [[0, 'E'], [31.99, 'E'], [32, 'D'], [53.99, 'D'], [54, 'C'], [77.99, 'C'], [78, 'B'], [87.99, 'B'], [88, 'A'], [100, 'A']]],
  ] as const)('band edges in %p', (year, edges) => {
    it.each(edges)('%p → %s', (score, expected) =>
      spec.given([]).when(recordCmd(paser, { year, score })).thenEvents((events) => {
        const g = graded(events);
        expect(year === 2021 ? g.zone : g.category).toBe(expected);
      }),
    );
  });

  it.each([100.01, -0.01, 81.225, Number.NaN])('refuses score %p naming the field', (score) =>
    spec.given([]).when(recordCmd(paser, { year: 2023, score })).thenThrows('InvalidScore', 'invalid'),
  );

  it('names every bad locus score as loci.N.score', () => {
    const cmd = recordCmd(paser, { year: 2023, score: 81.22, loci: [{ unitId: 'dpmptsp', score: 70 }, { unitId: 'dinkes', score: 100.5 }] });
    expect(() => assessmentDecider.decide(cmd, null)).toThrow(
      expect.objectContaining({ fields: [expect.objectContaining({ field: 'loci.1.score', allowed: '0.00–100.00 with at most two decimals' })] }),
    );
  });

  it('refuses a locus that is not a registered unit, listing the units', () => {
    const cmd = recordCmd(paser, { year: 2023, score: 81.22, loci: [{ unitId: 'rsud', score: 70 }] });
    expect(() => assessmentDecider.decide(cmd, null)).toThrow(
      expect.objectContaining({ code: 'InvalidLoci', fields: [expect.objectContaining({ field: 'loci.0.unitId', allowed: paser.unitIds })] }),
    );
  });

  it('refuses the same unit twice', () =>
    spec
      .given([])
      .when(recordCmd(paser, { year: 2023, score: 81.22, loci: [{ unitId: 'dinkes', score: 70 }, { unitId: 'dinkes', score: 71 }] }))
      .thenThrows('InvalidLoci'));

  it('refuses 2020: no assessment was held', () =>
    spec.given([]).when(recordCmd(paser, { year: 2020, score: 70 })).thenThrows('NoMethodologyForYear', 'invalid'));

  it('refuses a year that has not come yet', () =>
    spec.given([]).when(recordCmd(paser, { year: 2026, score: 70, publishedOn: '2025-05-01' })).thenThrows('AssessmentYearInFuture', 'invalid'));

  it.each([
    ['2022-12-31', 'InvalidPublicationDate'],
    ['2025-06-02', 'DateInFuture'],
  ])('refuses publishedOn %s (before the year or after today)', (publishedOn, code) =>
    spec.given([]).when(recordCmd(paser, { year: 2023, score: 81.22, publishedOn })).thenThrows(code, 'invalid'));
  it("dates a result given without publishedOn today in the provider's zone", () =>
    spec.given([]).when(recordCmd(paser, { year: 2024, score: 81.22, publishedOn: undefined })).thenEvents(([e]) => expect(e).toEqual({ type: 'AssessmentRecorded', data: expect.objectContaining({ publishedOn: '2025-06-01' }) })));
  it("judges today in the provider's zone: 2 June is today in WIT at 23:30 UTC on 1 June, but not yet in WIB", () => {
    const lateEvening = new Date('2025-06-01T23:30:00Z');
    const cmd = (timeZone: 'WIT' | 'WIB') => ({ ...recordCmd({ ...paser, timeZone }, { year: 2024, score: 81.22, publishedOn: '2025-06-02' }), now: lateEvening });
    spec.given([]).when(cmd('WIT')).thenEvents(([e]) => expect(e).not.toHaveProperty('occurredAt'));
    spec.given([]).when({ ...cmd('WIB'), now: new Date('2025-06-01T16:30:00Z') }).thenThrows('DateInFuture', 'invalid');
    spec.given([]).when(recordCmd(paser, { year: 2023, score: 81.22, publishedOn: '2023-01-01' })).thenEvents(([e]) => expect(e.data).toMatchObject({ publishedOn: '2023-01-01' }));
  });

  it('refuses recording twice: a change is a correction', () =>
    spec.given([paser2023]).when(recordPaser2023()).thenThrows('AssessmentAlreadyRecorded', 'conflict'));

  describe('2025 Opini Ombudsman (provisional)', () => {
    it('qualifies the opinion and marks the result provisional', () =>
      spec
        .given([])
        .when(recordCmd(paser, { year: 2025, score: 90.5, publishedOn: '2025-05-30', withoutMaladministration: true }))
        .thenEvents(([e]) =>
          expect(e.data).toMatchObject({ category: 'A', opinion: 'Kualitas Tertinggi Tanpa Maladministrasi', withoutMaladministration: true, provisional: true, methodologyId: 'opini-ombudsman-2025' }),
        ));

    it('requires withoutMaladministration', () =>
      spec.given([]).when(recordCmd(paser, { year: 2025, score: 90.5, publishedOn: '2025-05-30' })).thenThrows('QualifierRequired', 'invalid'));

    it('refuses withoutMaladministration in years whose method has no such fact', () =>
      spec.given([]).when(recordCmd(paser, { year: 2023, score: 81.22, withoutMaladministration: false })).thenThrows('QualifierNotApplicable'));
  });

  describe('authority: officers within the province, and admins', () => {
    it('lets an admin record', () => spec.given([]).when(recordCmd(paser, { year: 2023, score: 81.22 }, admin)).thenEvents((e) => expect(e).toHaveLength(1)));
    it('refuses an officer of another province', () =>
      spec.given([]).when(recordCmd(paser, { year: 2023, score: 81.22 }, officerBengkulu)).thenThrows('OutsideScope', 'forbidden'));
    it('refuses the provider\'s liaison', () =>
      spec.given([]).when(recordCmd(paser, { year: 2023, score: 81.22 }, liaisonPaser)).thenThrows('RoleNotAllowed', 'forbidden'));
    it('refuses an auditor', () =>
      spec.given([]).when(recordCmd(paser, { year: 2023, score: 81.22 }, auditor)).thenThrows('RoleNotAllowed', 'forbidden'));
  });
});

describe('CorrectAssessment', () => {
  it('records a correction as a new fact with the previous score and the re-derived grade', () =>
    spec
      .given([paser2023])
      .when(correctCmd(paser, { score: 77.99 }, officerKaltim))
      .then([
        {
          type: 'AssessmentCorrected',
          data: {
            assessmentId: '64.01-2023',
            entityCode: '64.01',
            provinceCode: '64',
            year: 2023,
            previousScore: 81.22,
            score: 77.99,
            category: 'C',
            zone: 'kuning',
            opinion: 'Kualitas Sedang',
            withoutMaladministration: null,
            methodologyId: 'penilaian-kepatuhan-2022',
            methodologyVersion: 1,
            provisional: false,
            loci: null,
            reason: 'Substantive variable applied after review',
            correctedOn: '2025-02-10',
          },
          occurredAt: new Date('2025-02-10T14:59:59.999Z'),
        },
      ]));

  it('keeps the history of scores in the state', () => {
    const [corrected] = assessmentDecider.decide(correctCmd(paser, { score: 78 }), fold(assessmentDecider, [paser2023]));
    const state = fold(assessmentDecider, [paser2023, corrected]);
    expect(state).toMatchObject({ score: 78, category: 'B', correctedOn: '2025-02-10', loci: paser2023.data.loci });
    expect(state?.history.map((h) => [h.change, h.score, h.category, h.reason])).toEqual([
      ['recorded', 81.22, 'B', null],
      ['corrected', 78, 'B', 'Substantive variable applied after review'],
    ]);
  });

  it('replaces the loci when given', () =>
    spec
      .given([paser2023])
      .when(correctCmd(paser, { score: 81.22, loci: [{ unitId: 'dinkes', score: 31.99 }] }))
      .thenEvents(([e]) => expect(e.data).toMatchObject({ loci: [{ unitId: 'dinkes', score: 31.99, category: 'E', zone: 'merah' }] })));

  it('requires a reason', () => spec.given([paser2023]).when(correctCmd(paser, { score: 80, reason: '  ' })).thenThrows('ReasonRequired', 'invalid'));
  it('refuses a correction that changes nothing', () =>
    spec.given([paser2023]).when(correctCmd(paser, { score: 81.22 })).thenThrows('CorrectionChangesNothing', 'invalid'));
  it('refuses an invalid score', () => spec.given([paser2023]).when(correctCmd(paser, { score: 100.01 })).thenThrows('InvalidScore'));
  it('refuses a correction dated before publication', () =>
    spec.given([paser2023]).when(correctCmd(paser, { score: 80, correctedOn: '2023-12-09' })).thenThrows('InvalidCorrectionDate'));
  it('is 404 when nothing was recorded', () => spec.given([]).when(correctCmd(paser, { score: 80 })).thenThrows('AssessmentNotFound', 'not_found'));
  it('refuses an officer of another province', () =>
    spec.given([paser2023]).when(correctCmd(paser, { score: 80 }, officerBengkulu)).thenThrows('OutsideScope', 'forbidden'));
  it('refuses the liaison', () => spec.given([paser2023]).when(correctCmd(paser, { score: 80 }, liaisonPaser)).thenThrows('RoleNotAllowed'));
});
