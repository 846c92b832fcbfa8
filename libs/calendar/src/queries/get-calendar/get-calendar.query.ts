import { Query } from '@nestjs/cqrs';
import type { CalendarView } from './get-calendar.response.dto';

/** A national calendar: every authenticated role may read it, so no actor is needed. */
export class GetCalendarQuery extends Query<CalendarView> {
  constructor(
    readonly year: number,
    readonly asOf?: Date,
  ) {
    super();
  }
}
