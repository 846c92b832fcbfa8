import type { Projection } from '@app/platform/projections';
import { complianceProjection, loadMethodologyCatalog } from '@app/assessments';
import { agreementsProjection } from '@app/agreements';
import { providerEventsProjection } from '@app/audit';
import { citedDocumentsProjection } from '@app/evidence';
import { providersProjection } from '@app/registry';
import { contactsProjection } from '@app/contacts';
import { latestDeliveriesProjection, recommendationsProjection } from '@app/follow-up';
import { deadlineScheduleProjection, inboxProjection, loadDeadlinePolicy, type DeadlinePolicy } from '@app/follow-up/processing';

/**
 * Every read model the product keeps, in one list, so the API (embedded mode), the worker and
 * the rebuild CLI run and rebuild exactly the same projections.
 */
export function productProjections(policy: DeadlinePolicy = loadDeadlinePolicy()): Projection[] {
  return [complianceProjection(loadMethodologyCatalog()), recommendationsProjection, agreementsProjection, providersProjection, deadlineScheduleProjection(policy), providerEventsProjection, citedDocumentsProjection, contactsProjection, inboxProjection, latestDeliveriesProjection];
}
