import type { ChartOption } from '../../components/Chart';
import { ZONE_COLOURS, type Zone } from '../providers/providers-api';

export const ZONES: Zone[] = ['merah', 'kuning', 'hijau'];
export const CATEGORIES = ['A', 'B', 'C', 'D', 'E'] as const;

/** Category colours follow their zone; within a zone the better category is the darker green, the worse the darker red. */
const CATEGORY_SHADES: Record<Zone, string[]> = {
  hijau: ['#2b8a3e', '#69db7c', '#b2f2bb'],
  kuning: ['#f08c00', '#ffd43b', '#fff3bf'],
  merah: ['#ffa8a8', '#e03131', '#8f1d1d'],
};

export function categoryColours(zoneOf: (category: string) => Zone | undefined): Record<string, string> {
  const used: Record<Zone, number> = { merah: 0, kuning: 0, hijau: 0 };
  const colours: Record<string, string> = {};
  for (const category of CATEGORIES) {
    const zone = zoneOf(category) ?? 'kuning';
    colours[category] = CATEGORY_SHADES[zone][Math.min(used[zone]++, 2)];
  }
  return colours;
}

export interface StackSeries {
  key: string;
  name: string;
  colour: string;
  values: number[];
}

/** Bars stacked per year (x), one series per zone or category, each count written on its part of the bar. */
export function stackedBarOption(years: number[], series: StackSeries[]): ChartOption {
  return {
    grid: { left: 40, right: 16, top: 40, bottom: 28 },
    legend: { top: 0, type: 'scroll' },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: { type: 'value', minInterval: 1 },
    series: series.map((s) => ({
      type: 'bar',
      name: s.name,
      stack: 'count',
      data: s.values,
      itemStyle: { color: s.colour },
      label: { show: true, formatter: ({ value }: { value: number }) => (value > 0 ? String(value) : '') },
    })),
  };
}

/** One bar per province, most overdue first (the API's order), red as the queue it stands for. */
export function overdueBarOption(names: string[], counts: number[], seriesName: string): ChartOption {
  return {
    grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1 },
    // Bars run across, so long province names stay readable on a phone.
    yAxis: { type: 'category', data: names, inverse: true, axisLabel: { width: 140, overflow: 'truncate' } },
    series: [{ type: 'bar', name: seriesName, data: counts, itemStyle: { color: ZONE_COLOURS.merah }, label: { show: true, position: 'right' } }],
  };
}
