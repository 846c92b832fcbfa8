import { StreamNotFound, type EventStore } from '@app/event-store';
import { daysBetween, dateInZone, type CalendarDate, type TimeZone } from '@app/kernel';
import type { AggregateStore } from '@app/platform/commands';
import type { DeadlineSubject } from '../../deadlines/deadline-commands.port';
import { evolveObligation, type ObligationEvent, type ObligationState } from '../../obligation/domain/obligation.events';
import { evolve as evolveRecommendation } from '../../recommendation/domain/recommendation.state';
import type { RecommendationEvent, RecommendationState } from '../../recommendation/domain/recommendation.events';
import { streamOfSubject } from '../schedule/deadline-facts';

/** What a message about a step says of its subject, and whose contacts it reaches. */
export interface SubjectFacts {
  kind: DeadlineSubject['kind'];
  id: string;
  stream: string;
  title: string;
  entityCode: string;
  providerName: string;
  provinceCode: string | null;
  unitId: string | null;
  /** The unit's name when registered, else its id; null for the whole provider. */
  unit: string | null;
  dueOn: CalendarDate;
  timeZone: TimeZone;
}

/** Calendar days past the due date in the provider's zone at `at` (1 on the first day late); 0 before. */
export const daysLateAt = (dueOn: CalendarDate, zone: TimeZone, at: Date): number => Math.max(0, daysBetween(dueOn, dateInZone(at, zone)));

/**
 * Reads a subject's provider, unit, title and deadline from its own stream, and the provider's
 * and unit's names from the registry's stream (names never change, so they are remembered).
 */
export class SubjectFactsReader {
  private readonly names = new Map<string, { name: string; units: Map<string, string> }>();

  constructor(
    private readonly aggregates: AggregateStore,
    private readonly store: EventStore,
  ) {}

  async read(subject: DeadlineSubject): Promise<SubjectFacts | null> {
    const stream = streamOfSubject(subject);
    const base = subject.kind === 'recommendation' ? await this.recommendation(stream) : await this.obligation(stream);
    if (!base) return null;
    const names = await this.namesOf(base.entityCode);
    const unit = base.unitId ? (names.units.get(base.unitId) ?? base.unitId) : null;
    return { kind: subject.kind, id: subject.id, stream, ...base, providerName: names.name, unit };
  }

  private async recommendation(stream: string) {
    const { state } = await this.aggregates.load<RecommendationState, RecommendationEvent>(stream, { initialState: () => null, evolve: evolveRecommendation });
    if (!state) return null;
    return { title: state.title, entityCode: state.entityCode, provinceCode: state.provinceCode, unitId: state.unitId, dueOn: state.deadline.dueOn, timeZone: state.deadline.timeZone };
  }

  private async obligation(stream: string) {
    const { state } = await this.aggregates.load<ObligationState, ObligationEvent>(stream, { initialState: () => null, evolve: evolveObligation });
    if (!state) return null;
    return { title: state.text, entityCode: state.entityCode, provinceCode: state.provinceCode, unitId: state.unitIds[0] ?? null, dueOn: state.deadline.dueOn, timeZone: state.deadline.timeZone };
  }

  private async namesOf(entityCode: string): Promise<{ name: string; units: Map<string, string> }> {
    const known = this.names.get(entityCode);
    if (known) return known;
    const names = { name: entityCode, units: new Map<string, string>() };
    try {
      for (const event of await this.store.readStream(`entity-${entityCode}`)) {
        const data = event.data as { name?: string; unitId?: string };
        if (event.type === 'EntityRegistered' && data.name) names.name = data.name;
        if (event.type === 'UnitRegistered' && data.unitId && data.name) names.units.set(data.unitId, data.name);
      }
    } catch (error) {
      // A provider known only by its code (fixtures, benchmarks): the code stands in for its name.
      if (!(error instanceof StreamNotFound)) throw error;
      return names;
    }
    this.names.set(entityCode, names);
    return names;
  }
}
