import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateStore } from '@app/platform/commands';
import type { CommandResult } from '@app/platform/commands';
import { bundledCalendarSource } from '../../bundled-calendar-source';
import { calendarStream } from '../../calendar.stream';
import { calendarDecider } from '../../domain/calendar.decider';
import { isSupportedYear } from '../../domain/calendar.rules';
import { EventSourcedHolidayCalendar } from '../../event-sourced-holiday-calendar';
import { SeedCalendarCommand } from './seed-calendar.command';

/** Context: the bundled holidays, cuti bersama and declared working days of the year, and their source (+ the admin's note). */
@CommandHandler(SeedCalendarCommand)
export class SeedCalendarHandler implements ICommandHandler<SeedCalendarCommand> {
  constructor(
    private readonly aggregates: AggregateStore,
    private readonly calendars: EventSourcedHolidayCalendar,
  ) {}

  async execute({ year, body, meta }: SeedCalendarCommand): Promise<CommandResult> {
    // An unsupported year is refused by the decider; there is nothing to load for it.
    const source = [bundledCalendarSource(year), body.note?.trim()].filter(Boolean).join('; ');
    const context = isSupportedYear(year) ? { bundled: this.calendars.bundledYear(year), source } : undefined;
    const result = await this.aggregates.execute({
      stream: calendarStream(year),
      id: String(year),
      decider: calendarDecider,
      command: { type: 'SeedCalendar', data: { year }, actor: meta.actor, now: meta.issuedAt, context },
      meta,
    });
    await this.calendars.refresh(year);
    return result;
  }
}
