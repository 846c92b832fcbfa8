import type { ChartOption } from '../../components/Chart';

/**
 * ECharts' aria module writes its own generated description into the chart box's aria-label,
 * replacing the Chart's label; giving it the label as the description keeps the chart's name
 * (the table under each chart carries the numbers for screen readers).
 */
export function described(option: ChartOption, label: string): ChartOption {
  return { ...option, aria: { enabled: true, label: { description: label } } };
}
