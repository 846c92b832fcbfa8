import type { ChartOption } from '../../components/Chart';
import { ZONE_COLOURS, methodologyOf, type ComplianceEntry, type Methodology, type Zone } from './providers-api';

interface Span {
  from: number;
  to: number;
  methodology: Methodology;
}

/** Consecutive years graded by the same methodology share one set of bands. */
function spansOf(years: number[], methodologies: readonly Methodology[]): Span[] {
  const spans: Span[] = [];
  for (const year of years) {
    const methodology = methodologyOf(methodologies, year);
    if (!methodology) continue;
    const last = spans.at(-1);
    if (last && last.methodology.id === methodology.id && last.to === year - 1) last.to = year;
    else spans.push({ from: year, to: year, methodology });
  }
  return spans;
}

const bandEdges = (m: Methodology) => m.bands.map((b) => [b.category, b.zone, b.min, b.max]);

/** Bands of one zone are told apart by shade: the worse category of a zone is the darker. */
function bandShade(methodology: Methodology, index: number): number {
  const band = methodology.bands[index];
  const sameZone = methodology.bands.filter((b) => b.zone === band.zone);
  const rank = sameZone.indexOf(band);
  const worse = band.zone === 'hijau' ? sameZone.length - 1 - rank : rank;
  return 0.1 + 0.08 * (sameZone.length - 1 - worse);
}

/**
 * The score line over the years on a value axis of years (so a band can span exactly its years,
 * half a year either side), with each year's category/zone bands behind it as mark areas, and each
 * point labelled with its score.
 */
export function complianceChartOption(entries: readonly ComplianceEntry[], methodologies: readonly Methodology[], texts: { series: string; zone: (zone: Zone) => string; score: (value: number) => string }): ChartOption {
  const years = entries.map((e) => e.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const allYears = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const spans = spansOf(allYears, methodologies);
  const bands = spans.flatMap((span, s) => {
    // A later method with the same bands draws on without repeating their names.
    const named = s === 0 || JSON.stringify(bandEdges(spans[s - 1].methodology)) !== JSON.stringify(bandEdges(span.methodology));
    return span.methodology.bands.map((band, index) => [
      {
        name: named ? (band.category ?? texts.zone(band.zone)) : '',
        xAxis: span.from - 0.5,
        yAxis: band.min,
        itemStyle: { color: ZONE_COLOURS[band.zone], opacity: bandShade(span.methodology, index) },
      },
      // Inclusive upper limits (87.99) meet the next band's lower one (88) without a gap.
      { xAxis: span.to + 0.5, yAxis: band.max >= 100 ? 100 : band.max + 0.01 },
    ]);
  });
  return {
    grid: { left: 44, right: 24, top: 28, bottom: 32 },
    tooltip: { trigger: 'axis', valueFormatter: (value: unknown) => (typeof value === 'number' ? texts.score(value) : String(value)) },
    xAxis: {
      type: 'value',
      min: first - 0.5,
      max: last + 0.5,
      interval: 1,
      splitLine: { show: false },
      // Ticks and labels on the years themselves, not on the half-years where the bands meet.
      axisTick: { customValues: allYears },
      axisLabel: { customValues: allYears, formatter: (value: number) => String(value) },
    },
    yAxis: { type: 'value', min: 0, max: 100, interval: 20 },
    series: [
      {
        type: 'line',
        name: texts.series,
        data: entries.map((e) => [e.year, e.score]),
        symbolSize: 9,
        lineStyle: { width: 3, color: '#1864ab' },
        itemStyle: { color: '#1864ab' },
        label: { show: true, position: 'top', fontWeight: 'bold', color: '#1864ab', formatter: ({ value }: { value: [number, number] }) => texts.score(value[1]) },
        markArea: { silent: true, label: { show: true, position: 'insideLeft', color: '#495057', fontSize: 11 }, data: bands },
      },
    ],
  };
}
