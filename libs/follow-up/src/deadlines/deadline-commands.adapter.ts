import { Inject, Injectable, Optional } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { SYSTEM_ACTOR } from '@app/kernel';
import { EVENT_STORE, type EventStore, nameBasedId } from '@app/event-store';
import { CLOCK, Clock } from '@app/platform/clock';
import { AggregateStore, type CommandMeta } from '@app/platform/commands';
import { DEADLINE_COMMANDS, DeadlineCommands, DeadlineStep, DeadlineStepOrder, DeadlineStepOutcome, DeadlineSubject, stepKey } from './deadline-commands.port';
import { ESCALATION_LADDER, type EscalationLadder } from './deadline-ladder';
import { deadlineStepCommand } from './deadline-step-command';
import { DEADLINE_SUBJECTS, DEADLINE_SUBJECT_ROUTES, DeadlineSubjectRoute, DeadlineSubjectRoutes } from './deadline-subjects';
import { type DeadlineStepInput, type DeadlineStepResult, runDeadlineSteps } from './run-deadline-steps';

/** A subject kind nobody registered a command for: the job fails loudly and is parked, not lost. */
export class UnroutedDeadlineSubject extends Error {
  override name = 'UnroutedDeadlineSubject';
}

/**
 * The deadline workers' commands, as the system actor, at the Clock's now. The command id is
 * derived from (subject stream, deadline version, step), so a job that runs twice, or on two
 * replicas at once, is one command: the second run writes nothing.
 *
 * One step goes over the CommandBus to its handler. A batch skips the bus: the bus adds nothing
 * to a system step but a lookup and a promise per step, and a burst of 100,000 steps is mostly
 * such overhead; the batch runs the same decider under the same AggregateStore rules
 * (runDeadlineSteps), with one commit for the lot.
 */
@Injectable()
export class CommandBusDeadlineCommands implements DeadlineCommands {
  private readonly routes: DeadlineSubjectRoutes;

  constructor(
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly aggregates: AggregateStore,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ESCALATION_LADDER) private readonly ladder: EscalationLadder,
    @Optional() @Inject(DEADLINE_SUBJECTS) routes?: DeadlineSubjectRoutes,
  ) {
    this.routes = routes ?? DEADLINE_SUBJECT_ROUTES;
  }

  async run(subject: DeadlineSubject, deadlineVersion: number, step: DeadlineStep): Promise<DeadlineStepOutcome> {
    const route = this.routeOf(subject);
    return this.commands.execute(route.command(subject.id, deadlineVersion, step, this.meta(route.stream(subject.id), deadlineVersion, step)));
  }

  async runMany(steps: DeadlineStepOrder[]): Promise<DeadlineStepResult[]> {
    const results: DeadlineStepResult[] = [];
    const inputs: DeadlineStepInput[] = [];
    const at: number[] = [];
    // A subject's steps in the order the decider accepts them (overdue before rung 1, both due at
    // the instant with the bundled ladder): each round of the batch then finds its prior recorded.
    const ordered = steps.map((_, i) => i).sort((a, b) => stepRank(steps[a].step) - stepRank(steps[b].step));
    ordered.forEach((i) => {
      const { subject, deadlineVersion, step } = steps[i];
      try {
        const route = this.routeOf(subject);
        const stream = route.stream(subject.id);
        const meta = this.meta(stream, deadlineVersion, step);
        inputs.push({ stream, id: subject.id, decider: route.decider, command: deadlineStepCommand(step, deadlineVersion, meta.actor, meta.issuedAt, this.ladder), meta });
        at.push(i);
      } catch (error) {
        results[i] = error as Error;
      }
    });
    const ran = await runDeadlineSteps(this.aggregates, this.store, inputs);
    ran.forEach((result, n) => (results[at[n]] = result));
    return results;
  }

  private routeOf(subject: DeadlineSubject): DeadlineSubjectRoute {
    const route = this.routes[subject.kind];
    if (!route) throw new UnroutedDeadlineSubject(`No deadline-step command is registered for ${subject.kind} subjects (DEADLINE_SUBJECT_ROUTES)`);
    return route;
  }

  private meta(stream: string, deadlineVersion: number, step: DeadlineStep): CommandMeta {
    const commandId = nameBasedId(`deadline:${stream}:v${deadlineVersion}:${stepKey(step)}`);
    return { commandId, correlationId: commandId, causationId: commandId, actor: SYSTEM_ACTOR, issuedAt: this.clock.now() };
  }
}

/** Reminders (the earliest first), then the overdue mark, then the rungs of the ladder. */
const stepRank = (step: DeadlineStep): number => (step.type === 'reminder' ? -step.daysBefore : step.type === 'overdue' ? 0 : step.level);

export const deadlineCommandsProvider = { provide: DEADLINE_COMMANDS, useClass: CommandBusDeadlineCommands };
