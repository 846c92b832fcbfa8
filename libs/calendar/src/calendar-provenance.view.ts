import { ApiProperty } from '@nestjs/swagger';
import { CALENDAR_SOURCES, CalendarSourceKind } from './calendar-provenance';

/** Which calendar decided one year's working days (see CalendarProvenance). */
export class CalendarProvenanceView {
  @ApiProperty({ example: 2026 })
  year!: number;
  @ApiProperty({
    enum: CALENDAR_SOURCES,
    example: 'skb',
    description: "skb: the year's joint decree, bundled; admin: the admin-managed calendar-<year>; estimated: no decree nor managed calendar (date-holidays, no cuti bersama): not authoritative",
  })
  source!: CalendarSourceKind;
  @ApiProperty({ example: 'SKB 1497/2025, 2/2025, 5/2025', description: 'The decree, the calendar-<year> stream, or the estimate used' })
  reference!: string;
  @ApiProperty({ example: 1, nullable: true, type: Number, description: 'skb: the bundled data revision; admin: the stream revision; estimated: null' })
  version!: number | null;
}
