import { DynamicModule, Module, type Provider } from '@nestjs/common';
import type { Registry } from 'prom-client';
import { CONTACT_DIRECTORY, ContactsModule, type ContactDirectory } from '@app/contacts';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { AggregateStore } from '@app/platform/commands';
import { CLOCK, type Clock } from '@app/platform/clock';
import { METRICS_REGISTRY } from '@app/platform/metrics';
import { READ_SIDE, ReadModelReader, type ReadSide } from '@app/platform/projections';
import { REDIS_SETTINGS, type RedisSettings } from '@app/platform/redis';
import { DEADLINE_COMMANDS, type DeadlineCommands } from '../deadlines/deadline-commands.port';
import { DEADLINE_POLICY, loadDeadlinePolicy, type DeadlinePolicy } from '../deadlines/deadline-policy';
import { FollowUpModule } from '../follow-up.module';
import { InboxModule } from '../inbox/inbox.module';
import { InboxStore } from '../inbox/inbox-store';
import { ObligationsModule } from '../obligation/obligations.module';
import { PksObligationsReactor } from '../obligation/pks-obligations.reactor';
import { DeadlineJobs } from './deadlines/deadline-jobs';
import { DeadlineProcessor } from './deadlines/deadline.processor';
import { DeliveryLog } from './deliveries/delivery-log';
import { DigestBook } from './digests/digest-book';
import { DigestDispatcher } from './digests/digest-dispatcher';
import { FailedNotifications } from './http/failed-notifications';
import { FailedNotificationsController } from './http/failed-notifications.controller';
import { EmailTemplates } from './notifications/email-templates';
import { NotificationJobs } from './notifications/notification-jobs';
import { ContactWebhookSender, notificationSenders } from './notifications/notification-senders';
import { NOTIFICATION_SETTINGS, loadNotificationSettings, targetIds, type NotificationSettings } from './notifications/notification-settings';
import { DeliveredMarks } from './notifications/delivered-marks';
import { FirstAttempts } from './notifications/first-attempts';
import { NotificationProcessor, type Routing } from './notifications/notification.processor';
import { RoutedDeliveries, contactMailer } from './notifications/routed-deliveries';
import { PROCESSING_SETTINGS, loadProcessingSettings, type ProcessingSettings } from './processing-settings';
import { ProcessingWorkers } from './processing-workers';
import { DeadlineQueues } from './queues/deadline-queues';
import { registerQueueMetrics } from './queues/queue-metrics';
import { DEADLINE_EVENT_REACTIONS, DeadlineReactor, type EventReaction } from './reactor/deadline.reactor';
import { SubjectStates } from './reactor/subject-states';
import { DEFAULT_CONSOLE_BASE_URL } from './routing/step-message';
import { StepRouter } from './routing/step-router';
import { SubjectFactsReader } from './routing/subject-facts';
import { PendingSteps } from './schedule/pending-steps';
import { DeadlineSweep } from './sweep/deadline-sweep';

const QUEUE_METRICS = Symbol('QueueMetrics');
const ROUTING = Symbol('NotificationRouting');
const DIGESTS = Symbol('DigestDispatcher');

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
  /**
   * Who must hear about a step. Default: the contacts read model (ContactsModule); tests hand
   * in a memory directory; null routes nothing (only the global feed of every step).
   */
  contactDirectory?: ContactDirectory | null;
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
      imports: [InboxModule, ...(options.runWorkers ? [FollowUpModule, ObligationsModule, ...(options.contactDirectory === undefined ? [ContactsModule] : [])] : [])],
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
      useFactory: (reader: ReadModelReader, readSide: ReadSide) => new PendingSteps(reader, readSide.redis),
    },
    { provide: DeadlineJobs, inject: [DeadlineQueues, CLOCK, PROCESSING_SETTINGS], useFactory: (q: DeadlineQueues, c: Clock, s: ProcessingSettings) => new DeadlineJobs(q, c, s) },
    ...routingProviders(options),
    {
      provide: NotificationJobs,
      inject: [DeadlineQueues, NOTIFICATION_SETTINGS, ROUTING],
      useFactory: (q: DeadlineQueues, n: NotificationSettings, routing: Routing | null) => new NotificationJobs(q, targetIds(n), routing !== null),
    },
    { provide: SubjectStates, inject: [AggregateStore], useFactory: (aggregates: AggregateStore) => new SubjectStates(aggregates) },
    {
      provide: DeadlineReactor,
      inject: [READ_SIDE, DeadlineJobs, NotificationJobs, SubjectStates, PendingSteps, DEADLINE_POLICY, PROCESSING_SETTINGS, DEADLINE_EVENT_REACTIONS],
      useFactory: (...deps: ConstructorParameters<typeof DeadlineReactor>) => new DeadlineReactor(...deps),
    },
    {
      provide: DeadlineProcessor,
      inject: [DEADLINE_COMMANDS, PendingSteps, CLOCK, PROCESSING_SETTINGS, DeadlineJobs],
      useFactory: (commands: DeadlineCommands, pending: PendingSteps, clock: Clock, s: ProcessingSettings, jobs: DeadlineJobs) => new DeadlineProcessor(commands, pending, clock, s, jobs),
    },
    {
      provide: NotificationProcessor,
      inject: [NOTIFICATION_SETTINGS, CLOCK, READ_SIDE, ROUTING],
      useFactory: (n: NotificationSettings, clock: Clock, readSide: ReadSide, routing: Routing | null) =>
        new NotificationProcessor(notificationSenders(n, clock), readSide.redis, readSide.keyPrefix, routing),
    },
    {
      provide: DeadlineSweep,
      inject: [PendingSteps, DeadlineJobs, READ_SIDE, CLOCK, PROCESSING_SETTINGS],
      useFactory: (p: PendingSteps, j: DeadlineJobs, rs: ReadSide, c: Clock, s: ProcessingSettings) => new DeadlineSweep(p, j, rs.redis, rs.keyPrefix, c, s),
    },
    {
      provide: ProcessingWorkers,
      inject: [DeadlineQueues, PROCESSING_SETTINGS, DeadlineProcessor, NotificationProcessor, DeadlineSweep, ReadModelReader, READ_SIDE, DIGESTS],
      useFactory: (q: DeadlineQueues, s: ProcessingSettings, d: DeadlineProcessor, n: NotificationProcessor, sw: DeadlineSweep, r: ReadModelReader, rs: ReadSide, digests: DigestDispatcher | null) =>
        new ProcessingWorkers(q, s, d, n, sw, r, rs.store, digests),
    },
  ];
}

/** Routing to the contacts directory: the router (route jobs) and the routed deliveries (e-mail, digest, inbox). */
function routingProviders(options: DeadlineProcessingOptions): Provider[] {
  const directory: Provider[] = options.contactDirectory ? [{ provide: CONTACT_DIRECTORY, useValue: options.contactDirectory }] : [];
  return [
    ...directory,
    { provide: DigestBook, inject: [READ_SIDE], useFactory: (readSide: ReadSide) => new DigestBook(readSide.redis, readSide.keyPrefix) },
    { provide: DeliveryLog, inject: [EVENT_STORE, CLOCK], useFactory: (store: EventStore, clock: Clock) => new DeliveryLog(store, clock) },
    {
      provide: ROUTING,
      inject: [{ token: CONTACT_DIRECTORY, optional: true }, AggregateStore, EVENT_STORE, DeliveryLog, DeadlineQueues, DigestBook, InboxStore, DEADLINE_POLICY, NOTIFICATION_SETTINGS, CLOCK, READ_SIDE, PROCESSING_SETTINGS],
      useFactory: (
        contacts: ContactDirectory | undefined,
        aggregates: AggregateStore,
        store: EventStore,
        deliveries: DeliveryLog,
        queues: DeadlineQueues,
        digests: DigestBook,
        inbox: InboxStore,
        policy: DeadlinePolicy,
        n: NotificationSettings,
        clock: Clock,
        readSide: ReadSide,
        settings: ProcessingSettings,
      ): Routing | null => {
        if (options.contactDirectory === null || !contacts) return null;
        const consoleBaseUrl = n.consoleBaseUrl ?? DEFAULT_CONSOLE_BASE_URL;
        const router = new StepRouter(contacts, new SubjectFactsReader(aggregates, store), deliveries, digests, new EmailTemplates(), policy, consoleBaseUrl);
        // Pooled: a burst of steps reuses a few SMTP connections instead of opening one per e-mail.
        const mailer = n.smtp ? contactMailer(n.smtp) : null;
        const routed = new RoutedDeliveries(mailer, inbox, deliveries, clock, new ContactWebhookSender(n.webhookSecret, clock));
        const retry = { attempts: settings.notifyAttempts, backoffMs: settings.notifyBackoffMs };
        const firstAttempts = new FirstAttempts(routed, new DeliveredMarks(readSide.redis, readSide.keyPrefix), queues.notifications, queues.connection, retry);
        return { router, deliveries: routed, firstAttempts };
      },
    },
    {
      provide: DIGESTS,
      inject: [ROUTING, DigestBook, DeadlineQueues, CLOCK],
      useFactory: (routing: Routing | null, book: DigestBook, queues: DeadlineQueues, clock: Clock) => (routing ? new DigestDispatcher(book, queues, new EmailTemplates(), clock) : null),
    },
  ];
}
