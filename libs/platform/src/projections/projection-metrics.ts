import { Counter, Gauge, type Registry } from 'prom-client';
import { EVENTS_BEHIND_CAP, type ProjectionStatus } from './projection-status';

/**
 * Prometheus view of the projections. The gauges are computed from Redis and the log at scrape
 * time, so any process reports true lag; the counter counts what this process applied.
 */
export class ProjectionMetrics {
  private readonly applied: Counter<'projection'>;
  private inFlight?: Promise<ProjectionStatus[]>;

  constructor(
    registry: Registry,
    private readonly statuses: () => Promise<ProjectionStatus[]>,
  ) {
    const labelNames = ['projection'] as const;
    const gauge = (name: string, help: string, value: (status: ProjectionStatus) => number): void => {
      const snapshot = (): Promise<ProjectionStatus[]> => this.snapshot();
      new Gauge({
        name,
        help,
        labelNames,
        registers: [registry],
        async collect() {
          // Redis gone: the scrape still answers, with the last values; /health names what is down.
          for (const status of await snapshot().catch((): ProjectionStatus[] => [])) this.set({ projection: status.name }, value(status));
        },
      });
    };
    gauge('projection_checkpoint_position', 'Global position of the last event applied to the active generation', (s) => Number(s.checkpoint));
    gauge('projection_lag_events', `Matching events not yet applied (counted up to ${EVENTS_BEHIND_CAP})`, (s) => s.eventsBehind);
    gauge('projection_lag_seconds', 'Seconds since the oldest unapplied matching event was recorded', (s) => s.secondsBehind);
    this.applied = new Counter({ name: 'projection_events_applied_total', help: 'Events applied by this process', labelNames, registers: [registry] });
  }

  /** For the runners' onApplied hook. */
  readonly recordApplied = (projection: string, events: number): void => {
    this.applied.inc({ projection }, events);
  };

  /** The three gauges are collected in parallel: one status read serves them all. */
  private snapshot(): Promise<ProjectionStatus[]> {
    this.inFlight ??= this.statuses().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }
}
