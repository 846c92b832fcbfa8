import { Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { RecordedEvent } from '@app/event-store';
import type { ReadSide } from '@app/platform/projections';
import type { DeadlinePolicy } from '../../deadlines/deadline-policy';
import type { DeadlineJobs } from '../deadlines/deadline-jobs';
import type { NotificationJobs } from '../notifications/notification-jobs';
import type { ProcessingSettings } from '../processing-settings';
import type { DeadlineJobData } from '../queues/job-types';
import { DEADLINE_FACT_EVENT_TYPES, DeadlineFact, STEP_EVENT_TYPES, deadlineFactOf } from '../schedule/deadline-facts';
import { deadlineSchedule, isPointless, stepKeysOf } from '../schedule/deadline-schedule';
import type { PendingSteps } from '../schedule/pending-steps';
import { LeasedLogFollower } from './leased-log-follower';
import type { SubjectStates } from './subject-states';

/** Something else that reacts to log events from this reactor's single, leased subscription (PKS → obligations). */
export interface EventReaction {
  eventTypes: readonly string[];
  handle(event: RecordedEvent): Promise<void>;
}

/** Nest token of the EventReaction[] the reactor runs besides its own. */
export const DEADLINE_EVENT_REACTIONS = Symbol('DeadlineEventReactions');

/**
 * Turns deadline facts from the log into jobs: steps of a new or moved deadline due within the
 * horizon get delayed jobs (later ones are the sweep's), a moved deadline or a closed subject
 * loses its pending jobs, recorded steps get their notifications. At least once: every job id is
 * deterministic, so handling an event again adds nothing.
 */
export class DeadlineReactor implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('DeadlineReactor');
  private readonly allStepKeys: string[];
  readonly follower: LeasedLogFollower;

  constructor(
    private readonly readSide: ReadSide,
    private readonly jobs: DeadlineJobs,
    private readonly notifications: NotificationJobs,
    private readonly subjects: SubjectStates,
    private readonly pending: PendingSteps,
    private readonly policy: DeadlinePolicy,
    private readonly settings: Pick<ProcessingSettings, 'horizonMs' | 'recoveryHours'>,
    private readonly reactions: readonly EventReaction[] = [],
  ) {
    this.allStepKeys = stepKeysOf(policy);
    const keys = { lease: `${readSide.keyPrefix}deadlines:reactor:lease`, checkpoint: `${readSide.keyPrefix}deadlines:reactor:checkpoint` };
    const eventTypes = [...DEADLINE_FACT_EVENT_TYPES, ...reactions.flatMap((r) => r.eventTypes)];
    this.follower = new LeasedLogFollower('DeadlineReactor', readSide, keys, { eventTypes }, { handle: (batch) => this.handle(batch), start: () => this.startAtHead() });
  }

  onApplicationBootstrap(): void {
    this.follower.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.follower.stop();
  }

  /**
   * With no checkpoint the reactor starts at the head: the schedule projection rebuilds from the
   * log and the sweep schedules every step from it. Recent steps are notified again, as their
   * delivery marks were lost with Redis (receivers de-duplicate by event id).
   */
  private async startAtHead(): Promise<bigint> {
    const head = await this.readSide.store.headPosition();
    let renotified = 0;
    if (this.settings.recoveryHours > 0) {
      const since = this.readSide.clock.now().getTime() - this.settings.recoveryHours * 3_600_000;
      const recent: RecordedEvent[] = [];
      for await (const event of this.readSide.store.readAll({ filter: { eventTypes: [...STEP_EVENT_TYPES] } })) {
        if (event.position > head) break;
        if (Date.parse(event.metadata.recordedAt) >= since) recent.push(event);
      }
      await this.notifications.enqueue(recent);
      renotified = recent.length;
    }
    this.logger.log(`No checkpoint: following from the head (${head}); re-notified ${renotified} steps of the last ${this.settings.recoveryHours} h`);
    return head;
  }

  /**
   * One batch from the log (the follower calls it; at least once). The steps of the batch's new
   * deadlines are scheduled together, so deadlines set at once (an import) that fall due at one
   * instant share jobs; they are added before any cancellation, which must come after them.
   */
  async handle(batch: RecordedEvent[]): Promise<void> {
    const recorded: RecordedEvent[] = [];
    const soon: DeadlineJobData[] = [];
    const flush = () => this.jobs.schedule(soon.splice(0));
    for (const event of batch) {
      const fact = deadlineFactOf(event);
      if (fact?.kind === 'deadline-set') {
        if (fact.version > 1) await flush().then(() => this.jobs.cancel(fact.stream, versionsUpTo(fact.version - 1), this.allStepKeys));
        soon.push(...this.stepsSoon(fact, event.position));
      } else if (fact?.kind === 'closed' || fact?.kind === 'maybe-closed') await flush().then(() => this.onMaybeClosed(fact));
      else if (fact?.kind === 'step-recorded') recorded.push(event);
      for (const reaction of this.reactions) if (reaction.eventTypes.includes(event.type)) await reaction.handle(event);
    }
    await flush();
    await this.notifications.enqueue(recorded);
  }

  /** The steps of a new or moved deadline due within the horizon (later ones are the sweep's). */
  private stepsSoon(fact: Extract<DeadlineFact, { kind: 'deadline-set' }>, position: bigint): DeadlineJobData[] {
    const now = this.readSide.clock.now().getTime();
    const soon = deadlineSchedule(fact, this.policy).filter((s) => s.at.getTime() <= now + this.settings.horizonMs && !isPointless(s.step, s.at.getTime(), now));
    const since = position.toString();
    return soon.map((s) => ({ subject: fact.subject, stream: fact.stream, version: fact.version, step: s.step, stepKey: s.key, at: s.at.getTime(), since }));
  }

  private async onMaybeClosed(fact: Extract<DeadlineFact, { kind: 'closed' | 'maybe-closed' }>): Promise<void> {
    const state = await this.subjects.current(fact.subject);
    // A closing event (RecommendationFulfilled among them) is taken at its word; only a legacy
    // maybe-closed verdict needs the state to say whether it closed the subject.
    if (!state || (fact.kind === 'maybe-closed' && state.open)) return;
    // A closing event already took its steps out of the schedule projection; a legacy (v1) sesuai
    // verdict cannot be told from a non-closing one there: take its steps out here, first, so a
    // sweep does not add back the jobs cancelled next.
    for (const s of deadlineSchedule(state, this.policy)) {
      await this.pending.forget({ stream: fact.stream, stepKey: s.key, at: s.at.getTime(), version: state.version });
    }
    await this.jobs.cancel(fact.stream, versionsUpTo(state.version), this.allStepKeys);
  }
}

const versionsUpTo = (last: number): number[] => Array.from({ length: last }, (_, i) => i + 1);
