import { useMemo } from 'react';
import { Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, data } from '../../api/client';
import type { components } from '../../api/schema';
import { Chart } from '../../components/Chart';
import { ProblemAlert } from '../../components/ProblemAlert';
import { QueryState } from '../../components/QueryState';
import { ZONE_COLOURS, methodologyOf } from '../providers/providers-api';
import { CATEGORIES, ZONES, categoryColours, stackedBarOption, type StackSeries } from './dashboard-charts';
import { NATIONAL_BODIES, windowEndingAt } from './years';

type Summary = components['schemas']['ComplianceSummaryDto'];
type Catalog = components['schemas']['MethodologyCatalogView'];

/** Counts by zone and by category for the chosen year and the years before it: two stacked bar charts, each with its table. */
export function ComplianceByYear({ year, years, province, catalog, provinces }: { year: number; years: number[]; province: string; catalog: Catalog; provinces: Array<{ code: string; name: string }> }) {
  const { t } = useTranslation();
  const shown = useMemo(() => {
    const window = windowEndingAt(years, year);
    return window.includes(year) ? window : [...window, year];
  }, [years, year]);
  const summaries = useQueries({
    queries: shown.map((y) => ({
      queryKey: ['compliance-summary', y, province],
      queryFn: () => data(api.GET('/v1/compliance/summary', { params: { query: { year: String(y), ...(province ? { province } : {}) } } })),
    })),
  });
  const failed = summaries.find((q) => q.isError);
  if (failed) return <ProblemAlert error={failed.error} onRetry={() => summaries.forEach((q) => void q.refetch())} />;
  const pending = summaries.find((q) => q.isPending);
  if (pending) return <QueryState query={pending}>{() => null}</QueryState>;
  // Years before the first one with any assessment in the area would only be empty bars.
  const first = Math.max(0, Math.min(summaries.findIndex((q) => (q.data as Summary).assessed > 0), shown.length - 1));
  const all = summaries.slice(first).map((q) => q.data as Summary);
  const current = all[all.length - 1];
  return (
    <Stack gap="md">
      <Text size="sm" data-testid="assessed">
        {current.area === 'national' ? t('dashboard.area.national') : current.provinces.map((code) => (code === NATIONAL_BODIES ? t('dashboard.nationalBodies') : (provinces.find((p) => p.code === code)?.name ?? t('dashboard.area.provinces', { provinces: code })))).join(', ')}
        {' · '}
        {t('dashboard.assessed', { count: current.assessed, year })}
      </Text>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <ZoneCounts summaries={all} years={shown.slice(first)} />
        <CategoryCounts summaries={all} years={shown.slice(first)} year={year} catalog={catalog} />
      </SimpleGrid>
    </Stack>
  );
}

function ZoneCounts({ summaries, years }: { summaries: Summary[]; years: number[] }) {
  const { t } = useTranslation();
  const count = (s: Summary, zone: string) => s.zones.find((z) => z.zone === zone)?.count ?? 0;
  const series: StackSeries[] = ZONES.map((zone) => ({ key: zone, name: t(`common.zone.${zone}`), colour: ZONE_COLOURS[zone], values: summaries.map((s) => count(s, zone)) }));
  const range = { from: years[0], to: years[years.length - 1] };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="zones-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="zones-title">
          {t('dashboard.zones.title', range)}
        </Title>
        <Chart option={stackedBarOption(years, series)} label={t('dashboard.zones.chart')} height={280} />
        <CountTable caption={t('dashboard.zones.caption')} years={years} series={series} testId="zone-table" />
      </Stack>
    </Paper>
  );
}

function CategoryCounts({ summaries, years, year, catalog }: { summaries: Summary[]; years: number[]; year: number; catalog: Catalog }) {
  const { t } = useTranslation();
  const bands = methodologyOf(catalog.methodologies, year)?.bands ?? [];
  const colours = categoryColours((category) => bands.find((b) => b.category === category)?.zone);
  const count = (s: Summary, category: string) => s.categories.find((c) => c.category === category)?.count ?? 0;
  const series: StackSeries[] = CATEGORIES.map((category) => ({ key: category, name: category, colour: colours[category], values: summaries.map((s) => count(s, category)) }));
  const range = { from: years[0], to: years[years.length - 1] };
  const zoneOnly = summaries[summaries.length - 1].categories.length === 0 && !bands.some((b) => b.category);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="categories-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="categories-title">
          {t('dashboard.categories.title', range)}
        </Title>
        {zoneOnly && (
          <Text size="sm" c="dimmed">
            {t('dashboard.categories.zoneOnly', { year })}
          </Text>
        )}
        <Chart option={stackedBarOption(years, series)} label={t('dashboard.categories.chart')} height={280} />
        <CountTable caption={t('dashboard.categories.caption')} years={years} series={series} testId="category-table" />
      </Stack>
    </Paper>
  );
}

/** The numbers behind a stacked chart: a row per year, a column per stack, and the year's total. */
function CountTable({ caption, years, series, testId }: { caption: string; years: number[]; series: StackSeries[]; testId: string }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={360}>
      <Table striped data-testid={testId}>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('dashboard.yearColumn')}</Table.Th>
            {series.map((s) => (
              <Table.Th key={s.key} ta="right">
                {s.name}
              </Table.Th>
            ))}
            <Table.Th ta="right">{t('dashboard.totalColumn')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {years.map((y, i) => (
            <Table.Tr key={y} data-year={y}>
              <Table.Th scope="row">{y}</Table.Th>
              {series.map((s) => (
                <Table.Td key={s.key} ta="right" data-key={s.key}>
                  {s.values[i]}
                </Table.Td>
              ))}
              <Table.Td ta="right">{series.reduce((sum, s) => sum + s.values[i], 0)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
