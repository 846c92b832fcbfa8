import type { Clock } from '@app/platform/clock';
import { formatDay, type EmailTemplates } from '../notifications/email-templates';
import type { DeadlineQueues } from '../queues/deadline-queues';
import type { NotificationJobData } from '../queues/job-types';
import type { DigestBook, DueDigest } from './digest-book';

/** `digest|<contact>|<day>`: one digest per contact and day, however often the sweep finds it due. */
export const digestJobId = (contactId: string, day: string): string => `digest|${contactId.replace(/:/g, '~')}|${day}`;

/**
 * Run with each sweep (so by the Clock): queues every digest whose hour has come as one e-mail
 * job listing the day's steps, then takes it out of the book. Queued before it is taken out, so
 * a crash in between queues it again under the same job id: nothing is sent twice.
 */
export class DigestDispatcher {
  constructor(
    private readonly book: DigestBook,
    private readonly queues: DeadlineQueues,
    private readonly templates: EmailTemplates,
    private readonly clock: Clock,
  ) {}

  async dispatch(): Promise<number> {
    const due = await this.book.takeDue(this.clock.now().getTime());
    for (const digest of due) {
      if (digest.items.length > 0) await this.queues.notifications.add(`digest → ${digest.contact.contactId}`, this.job(digest), { jobId: digestJobId(digest.contact.contactId, digest.day) });
      await this.book.settle(digest);
    }
    return due.length;
  }

  private job({ contact, day, items }: DueDigest): NotificationJobData {
    const language = contact.language;
    const mail = this.templates.render(language, 'digest', { recipient: { name: contact.name, copy: false }, day: formatDay(day, language), count: items.length, items });
    const first = items[0];
    return {
      target: `digest-${contact.contactId.replace(/:/g, '~')}`,
      payload: { eventId: digestJobId(contact.contactId, day), type: 'DailyDigest', stream: first.subjectStream, data: { day, contactId: contact.contactId, steps: items.length }, occurredAt: this.clock.now().toISOString() },
      delivery: {
        subjectStream: first.subjectStream,
        contactId: contact.contactId,
        channel: 'digest',
        address: contact.email,
        userSub: contact.userSub,
        subject: mail.subject,
        text: mail.text,
        link: first.link,
        template: mail.template,
        digestOf: items.map((item) => ({ subjectStream: item.subjectStream, stepEventId: item.stepEventId })),
      },
    };
  }
}
