import type Redis from 'ioredis';
import { endOfDayInstant, type CalendarDate, type TimeZone } from '@app/kernel';
import type { Contact } from '@app/contacts';

/** Local hour (in the provider's zone) at which the digest of the day before is sent. */
export const DIGEST_HOUR = 7;

/** One step as a digest lists it. */
export interface DigestItem {
  subjectStream: string;
  stepEventId: string;
  headline: string;
  providerName: string;
  unit: string | null;
  dueDate: string;
  link: string;
}

export interface DueDigest {
  contact: Pick<Contact, 'contactId' | 'name' | 'email' | 'language' | 'userSub'>;
  day: CalendarDate;
  items: DigestItem[];
}

/** When the digest of `day` goes out: DIGEST_HOUR the next morning in `zone`. */
export const digestSendAt = (day: CalendarDate, zone: TimeZone): number => endOfDayInstant(day, zone).getTime() + DIGEST_HOUR * 3_600_000;

/**
 * Collects the day's steps per contact who chose a daily digest, and hands out the digests
 * whose hour has come (by the Clock's now, from the sweep). A step is listed once however often
 * it is routed (HSET by step event id); a digest is handed out once per contact and day (the
 * due set entry is taken with ZREM, and the job id is `digest|<contact>|<day>`). Its steps are
 * also in the delivery records (channel `digest`, queued), which stay the system of record.
 */
export class DigestBook {
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
  ) {}

  private key(name: string): string {
    return `${this.keyPrefix}digest:${name}`;
  }

  async collect(contact: DueDigest['contact'], day: CalendarDate, zone: TimeZone, item: DigestItem): Promise<void> {
    const id = `${contact.contactId}|${day}`;
    await this.redis
      .multi()
      .hset(this.key(`items:${id}`), item.stepEventId, JSON.stringify(item))
      .set(this.key(`contact:${id}`), JSON.stringify(contact))
      .zadd(this.key('due'), 'NX', digestSendAt(day, zone), id)
      .exec();
  }

  /** The digests due by `now`, taken out of the book: the caller queues each as one job. */
  async takeDue(now: number): Promise<DueDigest[]> {
    const ids = await this.redis.zrangebyscore(this.key('due'), '-inf', now);
    const due: DueDigest[] = [];
    for (const id of ids) {
      const [[, contact], [, items]] = (await this.redis.multi().get(this.key(`contact:${id}`)).hgetall(this.key(`items:${id}`)).exec()) as [[null, string | null], [null, Record<string, string>]];
      const day = id.slice(id.lastIndexOf('|') + 1);
      if (!contact) {
        // Expired or half-written: nothing to send; leave no entry to be read at every sweep.
        await this.redis.zrem(this.key('due'), id);
        continue;
      }
      const list = Object.values(items).map((text) => JSON.parse(text) as DigestItem);
      list.sort((a, b) => a.subjectStream.localeCompare(b.subjectStream) || a.headline.localeCompare(b.headline));
      due.push({ contact: JSON.parse(contact) as DueDigest['contact'], day, items: list });
    }
    return due;
  }

  /** After its job is queued: the digest leaves the book (kept a week for an inspection, then expired). */
  async settle(digest: Pick<DueDigest, 'contact' | 'day'>): Promise<void> {
    const id = `${digest.contact.contactId}|${digest.day}`;
    await this.redis.multi().zrem(this.key('due'), id).expire(this.key(`items:${id}`), 7 * 86_400).expire(this.key(`contact:${id}`), 7 * 86_400).exec();
  }
}
