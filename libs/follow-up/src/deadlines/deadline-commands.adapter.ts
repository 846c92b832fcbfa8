import { Inject, Injectable, Optional } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { SYSTEM_ACTOR } from '@app/kernel';
import { nameBasedId } from '@app/event-store';
import { CLOCK, Clock } from '@app/platform/clock';
import type { CommandMeta } from '@app/platform/commands';
import { DEADLINE_COMMANDS, DeadlineCommands, DeadlineStep, DeadlineStepOutcome, DeadlineSubject, stepKey } from './deadline-commands.port';
import { DEADLINE_SUBJECTS, DEADLINE_SUBJECT_ROUTES, DeadlineSubjectRoutes } from './deadline-subjects';

/** A subject kind nobody registered a command for: the job fails loudly and is parked, not lost. */
export class UnroutedDeadlineSubject extends Error {
  override name = 'UnroutedDeadlineSubject';
}

/**
 * The deadline workers' commands on the CommandBus, as the system actor, at the Clock's now.
 * The command id is derived from (subject stream, deadline version, step), so a job that runs
 * twice, or on two replicas at once, is one command: the second run writes nothing.
 */
@Injectable()
export class CommandBusDeadlineCommands implements DeadlineCommands {
  private readonly routes: DeadlineSubjectRoutes;

  constructor(
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
    @Optional() @Inject(DEADLINE_SUBJECTS) routes?: DeadlineSubjectRoutes,
  ) {
    this.routes = routes ?? DEADLINE_SUBJECT_ROUTES;
  }

  async run(subject: DeadlineSubject, deadlineVersion: number, step: DeadlineStep): Promise<DeadlineStepOutcome> {
    const route = this.routes[subject.kind];
    if (!route) throw new UnroutedDeadlineSubject(`No deadline-step command is registered for ${subject.kind} subjects (DEADLINE_SUBJECT_ROUTES)`);
    const stream = route.stream(subject.id);
    const commandId = nameBasedId(`deadline:${stream}:v${deadlineVersion}:${stepKey(step)}`);
    const meta: CommandMeta = { commandId, correlationId: commandId, causationId: commandId, actor: SYSTEM_ACTOR, issuedAt: this.clock.now() };
    return this.commands.execute(route.command(subject.id, deadlineVersion, step, meta));
  }
}

export const deadlineCommandsProvider = { provide: DEADLINE_COMMANDS, useClass: CommandBusDeadlineCommands };
