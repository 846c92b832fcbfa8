import type { Contact, ContactDirectory, ContactRole } from '@app/contacts';
import { dateInZone } from '@app/kernel';
import { stepKey } from '../../deadlines/deadline-commands.port';
import type { DeadlinePolicy } from '../../deadlines/deadline-policy';
import type { DeliveryLog } from '../deliveries/delivery-log';
import type { DeliveryChannel, RoutedRecipient } from '../deliveries/delivery.events';
import type { DigestBook } from '../digests/digest-book';
import { formatDueDate, type EmailTemplates } from '../notifications/email-templates';
import type { RoutedJob } from '../notifications/first-attempts';
import { NotificationPayload, RoutedDelivery, notificationJobId, routedTarget } from '../queues/job-types';
import { subjectOfStream } from '../schedule/deadline-facts';
import { isOmbudsmanRole, ombudsmanOffice, resolveRecipients, routingPlan, stepOfEvent, type Recipient } from './routing-plan';
import { recordLink, renderStep, templateOf } from './step-message';
import type { SubjectFactsReader, SubjectFacts } from './subject-facts';

/** A step routed, with the deliveries it needs (each recipient and channel but the digest's); or why not. */
export type RouteOutcome = { outcome: 'routed'; jobs: RoutedJob[] } | { outcome: 'not_a_step' | 'subject_gone' };

/**
 * Routes one recorded step (the `route` job): asks the directory for each role the plan names,
 * words one message per recipient in their language, records who is queued and which roles
 * nobody holds (DeliveriesRouted), and returns one delivery per recipient and channel — or
 * collects it into the recipient's daily digest. Runs again harmlessly: the record's event id
 * and the deliveries' job ids are derived from the step's event and the recipient.
 */
export class StepRouter {
  constructor(
    private readonly directory: ContactDirectory,
    private readonly facts: SubjectFactsReader,
    private readonly deliveries: DeliveryLog,
    private readonly digests: DigestBook,
    private readonly templates: EmailTemplates,
    private readonly policy: Pick<DeadlinePolicy, 'ladder'>,
    private readonly consoleBaseUrl: string,
  ) {}

  async route(payload: NotificationPayload): Promise<RouteOutcome> {
    const step = stepOfEvent(payload.type, payload.data);
    const subject = subjectOfStream(payload.stream);
    if (!step || !subject) return { outcome: 'not_a_step' };
    const facts = await this.facts.read(subject);
    if (!facts) return { outcome: 'subject_gone' };
    const plan = routingPlan(step, this.policy.ladder);
    // The roles at once: each is a read-model lookup, and a route job waits for the slowest only.
    const roles = [...plan.to, ...plan.cc];
    const found = new Map<ContactRole, Contact[]>(await Promise.all(roles.map(async (role) => [role, await this.lookup(role, facts)] as const)));
    const { recipients, missing } = resolveRecipients(plan, facts, found);

    const at = new Date(payload.occurredAt);
    const link = recordLink(this.consoleBaseUrl, facts);
    const headers = { to: addressesOf(recipients, false), cc: addressesOf(recipients, true) };
    const jobs: RoutedJob[] = [];
    const routed: RoutedRecipient[] = [];
    for (const recipient of recipients) {
      const mail = renderStep(this.templates, { step, facts, at, recipient, language: recipient.contact.language, consoleBaseUrl: this.consoleBaseUrl });
      for (const channel of channelsOf(recipient.contact)) {
        const address = addressOn(channel, recipient);
        routed.push({ contactId: recipient.contactId, role: recipient.role, name: recipient.name, address, channel, copy: recipient.copy, template: mail.template });
        if (channel === 'digest') {
          await this.collectIntoDigest(recipient, facts, payload, mail.subject, link);
          continue;
        }
        const target = routedTarget(recipient.contactId, channel);
        const delivery: RoutedDelivery = { subjectStream: facts.stream, contactId: recipient.contactId, channel, address, userSub: recipient.contact.userSub, ...headers, subject: mail.subject, text: mail.text, link, template: mail.template };
        jobs.push({ jobId: notificationJobId(payload.eventId, target), target, delivery });
      }
    }
    await this.deliveries.record(
      facts.stream,
      { type: 'DeliveriesRouted', data: { stepEventId: payload.eventId, entityCode: facts.entityCode, step: stepKey(step), stepType: templateOf(step), recipients: routed, missing, routedAt: payload.occurredAt } },
      `routed:${payload.eventId}`,
      payload.eventId,
    );
    return { outcome: 'routed', jobs };
  }

  private lookup(role: ContactRole, facts: SubjectFacts): Promise<Contact[]> {
    return isOmbudsmanRole(role) ? this.directory.forOmbudsman(ombudsmanOffice(facts), role) : this.directory.forProvider(facts.entityCode, role, facts.unitId);
  }

  private async collectIntoDigest(recipient: Recipient, facts: SubjectFacts, payload: NotificationPayload, headline: string, link: string): Promise<void> {
    const { contactId, name, email, language, userSub } = recipient.contact;
    const day = dateInZone(new Date(payload.occurredAt), facts.timeZone);
    await this.digests.collect({ contactId, name, email, language, userSub }, day, facts.timeZone, {
      subjectStream: facts.stream,
      stepEventId: payload.eventId,
      headline,
      providerName: facts.providerName,
      unit: facts.unit,
      dueDate: renderDue(facts, language),
      link,
    });
  }
}

const addressesOf = (recipients: Recipient[], copy: boolean): string[] => [...new Set(recipients.filter((r) => r.copy === copy).map((r) => r.address))];

/**
 * Each step by webhook to a contact who prefers it, else by e-mail or listed in a daily digest
 * (the cadence is the e-mail's); and in the app's inbox too for a contact who is a user.
 */
export function channelsOf(contact: Pick<Contact, 'channel' | 'cadence' | 'userSub'>): DeliveryChannel[] {
  const outside: DeliveryChannel = contact.channel === 'webhook' ? 'webhook' : contact.cadence === 'digest' ? 'digest' : 'email';
  return [outside, ...(contact.userSub ? (['inbox'] as const) : [])];
}

/** Where a delivery on `channel` goes, as its record names it: the e-mail address, the webhook URL, or the user. */
function addressOn(channel: DeliveryChannel, recipient: Recipient): string {
  if (channel === 'inbox') return `user:${recipient.contact.userSub}`;
  // Empty when the directory lacks the URL (its rules refuse that): the sender then fails, and the record says why.
  if (channel === 'webhook') return recipient.contact.webhookUrl ?? '';
  return recipient.address;
}

const renderDue = (facts: SubjectFacts, language: Contact['language']): string => formatDueDate(facts.dueOn, facts.timeZone, language);
