import { CalendarDate, addDays } from '@app/kernel';
import type { ReportPeriod } from '@app/agreements';

/** One reporting period of a periodic obligation; `key` names it: 2022-07, 2022-Q3, 2022-S2, 2022. */
export interface ReportingPeriod {
  key: string;
  start: CalendarDate;
  end: CalendarDate;
}

const MONTHS: Record<ReportPeriod, number> = { month: 1, quarter: 3, semester: 6, year: 12 };

const pad = (n: number): string => String(n).padStart(2, '0');
const lastDayOf = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

function keyOf(every: ReportPeriod, year: number, index: number): string {
  switch (every) {
    case 'month':
      return `${year}-${pad(index + 1)}`;
    case 'quarter':
      return `${year}-Q${index + 1}`;
    case 'semester':
      return `${year}-S${index + 1}`;
    case 'year':
      return `${year}`;
  }
}

/** The calendar period of kind `every` that contains `date`. */
export function periodContaining(date: CalendarDate, every: ReportPeriod): ReportingPeriod {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const length = MONTHS[every];
  const index = Math.floor((month - 1) / length);
  const first = index * length + 1;
  const last = first + length - 1;
  return { key: keyOf(every, year, index), start: `${year}-${pad(first)}-01`, end: `${year}-${pad(last)}-${pad(lastDayOf(year, last))}` };
}

export const nextPeriod = (period: ReportingPeriod, every: ReportPeriod): ReportingPeriod => periodContaining(addDays(period.end, 1), every);
