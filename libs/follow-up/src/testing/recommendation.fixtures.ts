import type { Actor } from '@app/kernel';
import { bundledDueRules } from '../deadlines/due-rules';
import { BundledHolidayCalendar } from '@app/calendar';
import { WorkingCalendar } from '@app/calendar';
import type { IssueRecommendation } from '../recommendation/domain/recommendation.decider';
import type { ProviderFacts } from '../recommendation/domain/recommendation.rules';

/** Spec support only. */
export const paser: ProviderFacts = { entityCode: '64.01', provinceCode: '64', timeZone: 'WITA', unitIds: ['dpmptsp', 'disdukcapil', 'dinkes'] };
export const mukomuko: ProviderFacts = { entityCode: '17.06', provinceCode: '17', timeZone: 'WIB', unitIds: ['rsud'] };
export const jayapura: ProviderFacts = { entityCode: '91.71', provinceCode: '91', timeZone: 'WIT', unitIds: [] };

export const officerKaltim: Actor = { id: 'officer-kaltim', role: 'officer', provinces: ['64'] };
export const officerEverywhere: Actor = { id: 'officer-pusat', role: 'officer', provinces: ['*'] };
export const officerBengkulu: Actor = { id: 'officer-bengkulu', role: 'officer', provinces: ['17'] };
export const admin: Actor = { id: 'admin', role: 'admin' };
export const liaisonPaser: Actor = { id: 'liaison-paser', role: 'liaison', entityCode: '64.01' };
export const auditor: Actor = { id: 'auditor', role: 'auditor' };

export const NOW = new Date('2025-06-01T03:00:00Z');
export const indonesianCalendar = WorkingCalendar.of(new BundledHolidayCalendar());

export function issueCmd(
  provider: ProviderFacts,
  data: Partial<IssueRecommendation['data']> = {},
  actor: Actor = officerEverywhere,
  sourceAssessmentExists?: boolean,
): IssueRecommendation {
  return {
    type: 'IssueRecommendation',
    data: {
      recommendationId: 'rec-1',
      entityCode: provider.entityCode,
      kind: 'rekomendasi',
      source: { type: 'lahp', ref: 'LAHP/0123/LM/XII/2024/BPP' },
      title: 'Publish the DPMPTSP service standard at the service counter',
      issuedOn: '2025-03-10',
      ...data,
    },
    actor,
    now: NOW,
    context: { provider, dueRules: bundledDueRules(), calendar: indonesianCalendar, sourceAssessmentExists },
  };
}
