import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { RedisClient } from '../redis/redis-client';
import { forbidden, type Actor } from '@app/kernel';
import { CLOCK, type Clock } from '../clock';
import { ProblemException } from '../http';
import { ProjectionAdmin, ProjectionFault, ReadModelReader, type ReadModelView } from '../projections';
import { REDIS } from '../redis';
import { ReadMemo } from './read-memo';
import { isHistorical, type ReadOptions } from './read-options';

/** What a read-model query runs against: the same code answers from the live model or a replay. */
export interface ReadSource {
  redis: RedisClient;
  view: ReadModelView;
  /** The instant "overdue", "expired" and "due soon" are judged at: asOf for a replay, else the clock. */
  now: Date;
  /** Lasting facts earlier queries found; absent for replays of the past. */
  memo?: ReadMemo;
}

export const READ_YOUR_WRITES_WAIT_MS = 3_000;

const unavailable = (code: string, detail: string) =>
  new ProblemException({ status: HttpStatus.SERVICE_UNAVAILABLE, code, detail, headers: { 'Retry-After': '1' } });

/**
 * Every read-model query goes through here: it waits for `minPosition` (read-your-writes), or,
 * for auditors, replays the model as of an instant or position into a scratch namespace that
 * is dropped once the query has answered.
 */
@Injectable()
export class ReadModelGate {
  private readonly memo = new ReadMemo();

  constructor(
    private readonly reader: ReadModelReader,
    private readonly admin: ProjectionAdmin,
    @Inject(REDIS) private readonly redis: RedisClient,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async read<T>(name: string, actor: Actor, options: ReadOptions, query: (source: ReadSource) => Promise<T>): Promise<T> {
    if (isHistorical(options)) return this.readHistory(name, actor, options, query);
    if (options.minPosition !== undefined && !(await this.reader.waitForPosition(name, options.minPosition, READ_YOUR_WRITES_WAIT_MS))) {
      throw unavailable('ReadModelBehind', `The ${name} read model has not reached position ${options.minPosition} within ${READ_YOUR_WRITES_WAIT_MS / 1000} s; retry shortly`);
    }
    const view = await this.reader.active(name);
    if (!view) throw unavailable('ReadModelNotReady', `The ${name} read model has not been built yet; retry shortly`);
    return query({ redis: this.redis, view, now: this.clock.now(), memo: this.memo });
  }

  private async readHistory<T>(name: string, actor: Actor, options: ReadOptions, query: (source: ReadSource) => Promise<T>): Promise<T> {
    if (actor.role !== 'auditor' && actor.role !== 'admin') {
      throw forbidden('RoleNotAllowed', `asOf and atPosition replay history: auditors and admins only, not ${actor.role}`);
    }
    const scratch = await this.admin.replayInto(name, { toInstant: options.asOf, toPosition: options.atPosition }).catch((error: unknown) => {
      // A projection that cannot fold some stored event cannot answer for the past either: say which
      // event (as /health and the admin list do), rather than a bare 500.
      if (!(error instanceof ProjectionFault)) throw error;
      const at = error.event ? ` at position ${error.event.position} (${error.event.type})` : '';
      throw unavailable('ReadModelFaulted', `The ${name} read model cannot be replayed${at}; GET /v1/admin/projections names the fault`);
    });
    try {
      return await query({ redis: this.redis, view: scratch, now: options.asOf ?? this.clock.now() });
    } finally {
      await scratch.drop();
    }
  }
}
