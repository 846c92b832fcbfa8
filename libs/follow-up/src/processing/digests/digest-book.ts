import type { RedisClient } from '@app/platform/redis';
import { addDays, endOfDayInstant, type CalendarDate, type TimeZone } from '@app/kernel';
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

/** How long a sent digest's keys are kept: for an inspection, and to tell a late step it went out. */
const KEEP_SENT_SECONDS = 7 * 86_400;
/** A step is never held back this many days past its own: far beyond any retry of a route job. */
const MAX_DAYS_LATER = 60;

/**
 * Lists a step in a contact's digest of one day unless that digest has gone out (`closed`);
 * a step already listed there stays listed once. 1: listed; 0: closed, try the next day; 2: was
 * in the closed digest already (a route job run again).
 */
const COLLECT = `
if redis.call('EXISTS', KEYS[1]) == 1 then
  if redis.call('HEXISTS', KEYS[2], ARGV[1]) == 1 then return 2 end
  return 0
end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
redis.call('SET', KEYS[3], ARGV[3])
redis.call('ZADD', KEYS[4], 'NX', ARGV[4], ARGV[5])
return 1
`;

/**
 * Collects the day's steps per contact who chose a daily digest, and hands out the digests
 * whose hour has come (by the Clock's now, from the sweep). A step is listed once however often
 * it is routed (HSET by step event id); a digest is handed out once per contact and day (the
 * due set entry is taken with ZREM, and the job id is `digest|<contact>|<day>`). Its steps are
 * also in the delivery records (channel `digest`, queued), which stay the system of record.
 *
 * A digest is closed when it is handed out, in the same MULTI that reads its steps. A step
 * routed after that (its route job retried for hours) is listed in the contact's next digest
 * not yet gone out — as the contact chose one e-mail a day, and so that no step stays "queued"
 * for ever in a digest that was already sent.
 *
 * Keys: `<prefix>{digest}:due` and `<prefix>{digest}:{closed,items,contact}:<contact>|<day>`. The
 * `{digest}` hash tag keeps the whole book in one Redis Cluster slot: the script and transactions
 * above each touch a digest's keys together with the `due` set. A book is small (one entry per
 * contact and day), so one slot is no hot spot.
 */
export class DigestBook {
  constructor(
    private readonly redis: RedisClient,
    private readonly keyPrefix: string,
  ) {}

  private key(name: string): string {
    return `${this.keyPrefix}{digest}:${name}`;
  }

  /**
   * Lists the step in the digest of `day`, or of the first later day whose digest has not gone
   * out. Returns that day, or null when the step was already in a digest that went out.
   */
  async collect(contact: DueDigest['contact'], day: CalendarDate, zone: TimeZone, item: DigestItem): Promise<CalendarDate | null> {
    for (let later = 0; later <= MAX_DAYS_LATER; later++) {
      const listedOn = addDays(day, later);
      const id = `${contact.contactId}|${listedOn}`;
      const keys = [this.key(`closed:${id}`), this.key(`items:${id}`), this.key(`contact:${id}`), this.key('due')];
      const outcome = (await this.redis.eval(COLLECT, keys.length, ...keys, item.stepEventId, JSON.stringify(item), JSON.stringify(contact), digestSendAt(listedOn, zone), id)) as number;
      if (outcome === 1) return listedOn;
      if (outcome === 2) return null;
    }
    throw new Error(`The digests of ${contact.contactId} for ${MAX_DAYS_LATER} days after ${day} have all gone out`);
  }

  /** The digests due by `now`, closed and taken out of the book: the caller queues each as one job. */
  async takeDue(now: number): Promise<DueDigest[]> {
    const ids = await this.redis.zrangebyscore(this.key('due'), '-inf', now);
    const due: DueDigest[] = [];
    for (const id of ids) {
      // Closed first, in the same transaction as the read: a step collected from now on goes to the next digest.
      const [, [, contact], [, items]] = (await this.redis
        .multi()
        .set(this.key(`closed:${id}`), '1', 'EX', KEEP_SENT_SECONDS)
        .get(this.key(`contact:${id}`))
        .hgetall(this.key(`items:${id}`))
        .exec()) as [unknown, [null, string | null], [null, Record<string, string>]];
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
    await this.redis
      .multi()
      .zrem(this.key('due'), id)
      .expire(this.key(`items:${id}`), KEEP_SENT_SECONDS)
      .expire(this.key(`contact:${id}`), KEEP_SENT_SECONDS)
      .expire(this.key(`closed:${id}`), KEEP_SENT_SECONDS)
      .exec();
  }
}
