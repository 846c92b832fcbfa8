import { ApiProperty } from '@nestjs/swagger';
import { CalendarProvenanceView } from '../../calendar-provenance.view';

export class NamedDayView {
  @ApiProperty({ example: '2025-03-31', format: 'date' })
  date!: string;
  @ApiProperty({ example: 'Idulfitri 1446 H', description: 'The holiday, or why the day is worked' })
  name!: string;
}

/** The days off in force for a year: the admin-managed calendar, or the bundled one until it is seeded. */
export class CalendarView {
  @ApiProperty({ example: 2025 })
  year!: number;
  @ApiProperty({ example: 'calendar-2025' })
  stream!: string;
  @ApiProperty({ example: 3, nullable: true, type: Number, description: 'Stream revision (the ETag); null while the year is not managed' })
  revision!: number | null;
  @ApiProperty({ example: true, description: 'true once an admin seeded the year; false: the bundled calendar applies' })
  managed!: boolean;
  @ApiProperty({ example: 'date-holidays (country ID, public holidays) corrected per SKB 1017/2024 …', description: 'Where the holidays come from' })
  source!: string;
  @ApiProperty({ type: CalendarProvenanceView, description: 'What deadlines counted in this year record: skb, admin (with the revision) or estimated' })
  calendar!: CalendarProvenanceView;
  @ApiProperty({ type: [NamedDayView] })
  nationalHolidays!: NamedDayView[];
  @ApiProperty({ type: [NamedDayView], description: 'Cuti bersama (collective leave)' })
  collectiveLeave!: NamedDayView[];
  @ApiProperty({ type: [NamedDayView], description: 'Weekend days or holidays that are worked' })
  declaredWorkingDays!: NamedDayView[];
}
