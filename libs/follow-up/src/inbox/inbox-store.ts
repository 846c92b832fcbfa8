import type Redis from 'ioredis';

/** One in-app notification of a signed-in user. */
export interface InboxNotification {
  id: string;
  /** The subject's stream (e.g. `recommendation-r1`) and the console link to it. */
  subjectStream: string;
  link: string;
  title: string;
  text: string;
  at: string;
  read: boolean;
}

export interface InboxPage {
  items: InboxNotification[];
  total: number;
  unread: number;
}

/**
 * The in-app inbox per user (token `sub`), in Redis: a sorted set of ids by time, the
 * notifications themselves, and the set of unread ids. Writing an id again changes nothing (the
 * id comes from the step's event and the contact), so a retried delivery is one notification.
 * The delivery records (channel `inbox`) stay the system of record of what was delivered.
 */
export class InboxStore {
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
  ) {}

  private key(sub: string, part: 'by-time' | 'items' | 'unread'): string {
    return `${this.keyPrefix}inbox:${part}:${sub}`;
  }

  async put(sub: string, notification: Omit<InboxNotification, 'read'>): Promise<void> {
    const added = await this.redis.hsetnx(this.key(sub, 'items'), notification.id, JSON.stringify(notification));
    if (added === 0) return;
    await this.redis.multi().zadd(this.key(sub, 'by-time'), Date.parse(notification.at), notification.id).sadd(this.key(sub, 'unread'), notification.id).exec();
  }

  /** Newest first. */
  async page(sub: string, offset: number, limit: number): Promise<InboxPage> {
    const [[, ids], [, total], [, unread]] = (await this.redis
      .multi()
      .zrevrange(this.key(sub, 'by-time'), offset, offset + limit - 1)
      .zcard(this.key(sub, 'by-time'))
      .scard(this.key(sub, 'unread'))
      .exec()) as [[null, string[]], [null, number], [null, number]];
    if (ids.length === 0) return { items: [], total, unread };
    const [texts, flags] = await Promise.all([this.redis.hmget(this.key(sub, 'items'), ...ids), this.redis.smismember(this.key(sub, 'unread'), ...ids)]);
    const items = texts.flatMap((text, i) => (text ? [{ ...(JSON.parse(text) as Omit<InboxNotification, 'read'>), read: flags[i] === 0 }] : []));
    return { items, total, unread };
  }

  /** False when the user has no such notification (another user's id included). */
  async markRead(sub: string, id: string): Promise<boolean> {
    if ((await this.redis.hexists(this.key(sub, 'items'), id)) === 0) return false;
    await this.redis.srem(this.key(sub, 'unread'), id);
    return true;
  }

  async markAllRead(sub: string): Promise<number> {
    const [[, count]] = (await this.redis.multi().scard(this.key(sub, 'unread')).del(this.key(sub, 'unread')).exec()) as [[null, number], [null, number]];
    return count;
  }
}
