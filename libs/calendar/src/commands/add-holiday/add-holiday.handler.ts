import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateStore } from '@app/platform/commands';
import type { CommandResult } from '@app/platform/commands';
import { calendarStream } from '../../calendar.stream';
import { calendarDecider } from '../../domain/calendar.decider';
import { EventSourcedHolidayCalendar } from '../../event-sourced-holiday-calendar';
import { AddHolidayCommand } from './add-holiday.command';

/** No context: the calendar's own state decides; the cache is refreshed after the append. */
@CommandHandler(AddHolidayCommand)
export class AddHolidayHandler implements ICommandHandler<AddHolidayCommand> {
  constructor(
    private readonly aggregates: AggregateStore,
    private readonly calendars: EventSourcedHolidayCalendar,
  ) {}

  async execute({ year, body, meta }: AddHolidayCommand): Promise<CommandResult> {
    const result = await this.aggregates.execute({
      stream: calendarStream(year),
      id: String(year),
      decider: calendarDecider,
      command: { type: 'AddHoliday', data: { year, date: body.date, name: body.name, kind: body.kind }, actor: meta.actor, now: meta.issuedAt },
      meta,
    });
    await this.calendars.refresh(year);
    return result;
  }
}
