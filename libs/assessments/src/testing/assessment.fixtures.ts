import type { Actor } from '@app/kernel';
import { bundledMethodologyCatalog } from '../methodology/methodology-catalog';
import type { AssessmentContext, CorrectAssessment, RecordAssessment } from '../assessment/domain/assessment.decider';
import type { ProviderFacts } from '../assessment/domain/assessment.rules';

/** Test data from DOMAIN.md's published results (spec support only). */
export const paser: ProviderFacts = {
  entityCode: '64.01',
  provinceCode: '64',
  unitIds: ['dpmptsp', 'disdukcapil', 'disdikbud', 'dinkes', 'dinsos', 'puskesmas-senaken', 'puskesmas-kuaro'],
};
export const ppu: ProviderFacts = {
  entityCode: '64.09',
  provinceCode: '64',
  unitIds: ['puskesmas-babulu', 'puskesmas-petung', 'dinsos', 'dpmptsp', 'disdukcapil'],
};
export const mukomuko: ProviderFacts = { entityCode: '17.06', provinceCode: '17', unitIds: [] };
export const kalsel: ProviderFacts = { entityCode: '63', provinceCode: '63', unitIds: ['inspektorat', 'dpmptsp'] };

export const officerKaltim: Actor = { id: 'officer-kaltim', role: 'officer', provinces: ['64'] };
export const officerBengkulu: Actor = { id: 'officer-bengkulu', role: 'officer', provinces: ['17'] };
export const officerEverywhere: Actor = { id: 'officer-pusat', role: 'officer', provinces: ['*'] };
export const admin: Actor = { id: 'admin', role: 'admin' };
export const liaisonPaser: Actor = { id: 'liaison-paser', role: 'liaison', entityCode: '64.01' };
export const auditor: Actor = { id: 'auditor', role: 'auditor' };

export const NOW = new Date('2025-06-01T03:00:00Z');
const methodologies = bundledMethodologyCatalog();
const ctx = (provider: ProviderFacts): AssessmentContext => ({ provider, methodologies });

export function recordCmd(
  provider: ProviderFacts,
  data: Partial<RecordAssessment['data']> & Pick<RecordAssessment['data'], 'year' | 'score'>,
  actor: Actor = officerEverywhere,
): RecordAssessment {
  return {
    type: 'RecordAssessment',
    data: { entityCode: provider.entityCode, publishedOn: `${data.year}-12-10`, ...data },
    actor,
    now: NOW,
    context: ctx(provider),
  };
}

export function correctCmd(
  provider: ProviderFacts,
  data: Partial<CorrectAssessment['data']> & Pick<CorrectAssessment['data'], 'score'>,
  actor: Actor = officerEverywhere,
): CorrectAssessment {
  return {
    type: 'CorrectAssessment',
    data: { reason: 'Substantive variable applied after review', correctedOn: '2025-02-10', ...data },
    actor,
    now: NOW,
    context: ctx(provider),
  };
}
