import { DynamicModule, Module, type Provider } from '@nestjs/common';
import type { Registry } from 'prom-client';
import { AggregateStore } from '@app/platform/commands';
import { CLOCK, type Clock } from '@app/platform/clock';
import { METRICS_REGISTRY } from '@app/platform/metrics';
import { READ_SIDE, ReadModelReader, type ReadSide } from '@app/platform/projections';
import { REDIS_SETTINGS, type RedisSettings } from '@app/platform/redis';
import { DEADLINE_COMMANDS, type DeadlineCommands } from '../deadlines/deadline-commands.port';
import { DEADLINE_POLICY, loadDeadlinePolicy, type DeadlinePolicy } from '../deadlines/deadline-policy';
import { FollowUpModule } from '../follow-up.module';
import { ObligationsModule } from '../obligation/obligations.module';
import { PksObligationsReactor } from '../obligation/pks-obligations.reactor';
import { DeadlineJobs } from './deadlines/deadline-jobs';
import { DeadlineProcessor } from './deadlines/deadline.processor';
import { FailedNotifications } from './http/failed-notifications';
import { FailedNotificationsController } from './http/failed-notifications.controller';
import { NotificationJobs } from './notifications/notification-jobs';
import { notificationSenders } from './notifications/notification-senders';
import { NOTIFICATION_SETTINGS, loadNotificationSettings, targetIds, type NotificationSettings } from './notifications/notification-settings';
import { NotificationProcessor } from './notifications/notification.processor';
import { PROCESSING_SETTINGS, loadProcessingSettings, type ProcessingSettings } from './processing-settings';
import { ProcessingWorkers } from './processing-workers';
import { DeadlineQueues } from './queues/deadline-queues';
import { registerQueueMetrics } from './queues/queue-metrics';
import { DEADLINE_EVENT_REACTIONS, DeadlineReactor, type EventReaction } from './reactor/deadline.reactor';
import { SubjectStates } from './reactor/subject-states';
import { PendingSteps } from './schedule/pending-steps';
import { DeadlineSweep } from './sweep/deadline-sweep';

const QUEUE_METRICS = Symbol('QueueMetrics');

export interface DeadlineProcessingOptions {
  /**
   * Run the reactor, the BullMQ workers and the sweep in this process: the worker app, and the
   * API in embedded mode. Without it only the queues are opened (admin endpoint, dashboard).
   */
  runWorkers: boolean;
  /** Overrides of the environment's settings (tests, benchmarks). */
  settings?: Partial<ProcessingSettings>;
  policy?: DeadlinePolicy;
  notifications?: NotificationSettings;
  /** Reactions on the reactor's subscription besides its own; default: PKS signed/terminated → obligations. */
  reactions?: Provider<EventReaction[]>;
}

/**
 * Deadline processing with BullMQ. Needs, from the application: RedisModule, ClockModule,
 * EventStoreModule, CommandsModule, CqrsModule.forRoot() and ProjectionsModule.forRoot with
 * deadlineScheduleProjection(policy) among its projections (the sweep reads it).
 */
@Module({})
export class DeadlineProcessingModule {
  static forRoot(options: DeadlineProcessingOptions): DynamicModule {
    const base: Provider[] = [
      { provide: PROCESSING_SETTINGS, useFactory: (): ProcessingSettings => ({ ...loadProcessingSettings(), ...options.settings }) },
      { provide: DEADLINE_POLICY, useFactory: (): DeadlinePolicy => options.policy ?? loadDeadlinePolicy() },
      { provide: NOTIFICATION_SETTINGS, useFactory: (): NotificationSettings => options.notifications ?? loadNotificationSettings() },
      { provide: DeadlineQueues, inject: [REDIS_SETTINGS, PROCESSING_SETTINGS], useFactory: (redis: RedisSettings, s: ProcessingSettings) => new DeadlineQueues(redis, s) },
      { provide: FailedNotifications, inject: [DeadlineQueues], useFactory: (queues: DeadlineQueues) => new FailedNotifications(queues) },
      {
        provide: QUEUE_METRICS,
        inject: [DeadlineQueues, { token: METRICS_REGISTRY, optional: true }],
        useFactory: (queues: DeadlineQueues, registry?: Registry): boolean => (registry ? (registerQueueMetrics(registry, queues), true) : false),
      },
    ];
    return {
      module: DeadlineProcessingModule,
      imports: options.runWorkers ? [FollowUpModule, ObligationsModule] : [],
      controllers: [FailedNotificationsController],
      providers: options.runWorkers ? [...base, ...workerProviders(options)] : base,
      exports: [DeadlineQueues, DEADLINE_POLICY, PROCESSING_SETTINGS],
    };
  }
}

function workerProviders(options: DeadlineProcessingOptions): Provider[] {
  return [
    options.reactions ?? {
      provide: DEADLINE_EVENT_REACTIONS,
      inject: [PksObligationsReactor],
      useFactory: (pks: PksObligationsReactor): EventReaction[] => [{ eventTypes: PksObligationsReactor.EVENT_TYPES, handle: async (event) => void (await pks.handle(event)) }],
    },
    {
      provide: PendingSteps,
      inject: [ReadModelReader, READ_SIDE],
      useFactory: (reader: ReadModelReader, readSide: ReadSide) => new PendingSteps(reader, readSide.redis, readSide.keyPrefix),
    },
    { provide: DeadlineJobs, inject: [DeadlineQueues, CLOCK, PROCESSING_SETTINGS], useFactory: (q: DeadlineQueues, c: Clock, s: ProcessingSettings) => new DeadlineJobs(q, c, s) },
    { provide: NotificationJobs, inject: [DeadlineQueues, NOTIFICATION_SETTINGS], useFactory: (q: DeadlineQueues, n: NotificationSettings) => new NotificationJobs(q, targetIds(n)) },
    { provide: SubjectStates, inject: [AggregateStore], useFactory: (aggregates: AggregateStore) => new SubjectStates(aggregates) },
    {
      provide: DeadlineReactor,
      inject: [READ_SIDE, DeadlineJobs, NotificationJobs, SubjectStates, PendingSteps, DEADLINE_POLICY, PROCESSING_SETTINGS, DEADLINE_EVENT_REACTIONS],
      useFactory: (...deps: ConstructorParameters<typeof DeadlineReactor>) => new DeadlineReactor(...deps),
    },
    {
      provide: DeadlineProcessor,
      inject: [DEADLINE_COMMANDS, PendingSteps, CLOCK, PROCESSING_SETTINGS],
      useFactory: (commands: DeadlineCommands, pending: PendingSteps, clock: Clock, s: ProcessingSettings) => new DeadlineProcessor(commands, pending, clock, s),
    },
    {
      provide: NotificationProcessor,
      inject: [NOTIFICATION_SETTINGS, CLOCK, READ_SIDE],
      useFactory: (n: NotificationSettings, clock: Clock, readSide: ReadSide) => new NotificationProcessor(notificationSenders(n, clock), readSide.redis, readSide.keyPrefix),
    },
    {
      provide: DeadlineSweep,
      inject: [PendingSteps, DeadlineJobs, READ_SIDE, CLOCK, PROCESSING_SETTINGS],
      useFactory: (p: PendingSteps, j: DeadlineJobs, rs: ReadSide, c: Clock, s: ProcessingSettings) => new DeadlineSweep(p, j, rs.redis, rs.keyPrefix, c, s),
    },
    {
      provide: ProcessingWorkers,
      inject: [DeadlineQueues, PROCESSING_SETTINGS, DeadlineProcessor, NotificationProcessor, DeadlineSweep, ReadModelReader, READ_SIDE],
      useFactory: (q: DeadlineQueues, s: ProcessingSettings, d: DeadlineProcessor, n: NotificationProcessor, sw: DeadlineSweep, r: ReadModelReader, rs: ReadSide) =>
        new ProcessingWorkers(q, s, d, n, sw, r, rs.store),
    },
  ];
}
