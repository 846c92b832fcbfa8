import { useMemo } from 'react';
import { Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, data } from '../../api/client';
import { Chart } from '../../components/Chart';
import { QueryState } from '../../components/QueryState';
import { ZoneBadge } from '../../components/StatusBadge';
import { formatNumber } from '../../i18n/format';
import { complianceChartOption } from './compliance-chart';
import { useMethodologies, type ComplianceEntry, type Methodology } from './providers-api';

const assessmentId = (entry: ComplianceEntry) => entry.stream.replace(/^assessment-/, '');

/** A provider's compliance score over the years: the line over its bands, and the same numbers as a table. */
export function ComplianceTrend({ code, name }: { code: string; name: string }) {
  const { t } = useTranslation();
  const compliance = useQuery({
    queryKey: ['compliance', code],
    queryFn: () => data(api.GET('/v1/entities/{code}/compliance', { params: { path: { code } } })),
  });
  const methodologies = useMethodologies();

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="compliance-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="compliance-title">
          {t('providers.compliance.title')}
        </Title>
        <QueryState query={compliance}>
          {(history) =>
            history.years.length === 0 ? (
              <Text c="dimmed">{t('providers.compliance.empty')}</Text>
            ) : (
              <QueryState query={methodologies}>{(catalog) => <Trend name={name} entries={history.years} methodologies={catalog.methodologies} trend={history.trend} />}</QueryState>
            )
          }
        </QueryState>
      </Stack>
    </Paper>
  );
}

function Trend({ name, entries, methodologies, trend }: { name: string; entries: ComplianceEntry[]; methodologies: Methodology[]; trend: { fromYear: number; toYear: number; scoreDelta: number } | null }) {
  const { t } = useTranslation();
  // `t` changes with the language, which redraws the texts inside the chart.
  const option = useMemo(
    () => complianceChartOption(entries, methodologies, { series: t('providers.compliance.series'), zone: (zone) => t(`common.zone.${zone}`), score: (value) => formatNumber(value, 2) }),
    [entries, methodologies, t],
  );
  return (
    <Stack gap="sm">
      {trend && (
        <Text size="sm" data-testid="trend">
          {t('providers.compliance.trend', { from: trend.fromYear, to: trend.toYear, delta: `${trend.scoreDelta > 0 ? '+' : ''}${formatNumber(trend.scoreDelta, 2)}` })}
        </Text>
      )}
      <Chart option={option} label={t('providers.compliance.chartLabel', { name })} height={300} />
      <Table.ScrollContainer minWidth={520}>
        <Table striped data-testid="compliance-table">
          <Table.Caption>{t('providers.compliance.tableCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('providers.compliance.year')}</Table.Th>
              <Table.Th ta="right">{t('providers.compliance.score')}</Table.Th>
              <Table.Th>{t('providers.compliance.zone')}</Table.Th>
              <Table.Th>{t('providers.compliance.opinion')}</Table.Th>
              <Table.Th ta="right">{t('providers.compliance.change')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((entry) => (
              <Table.Tr key={entry.year}>
                <Table.Td>
                  <Anchor component={Link} to={`/penilaian/${encodeURIComponent(assessmentId(entry))}`} aria-label={t('providers.compliance.open', { year: entry.year })}>
                    {entry.year}
                  </Anchor>
                </Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {formatNumber(entry.score, 2)}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <ZoneBadge zone={entry.zone} category={entry.category ?? undefined} />
                    {entry.provisional && (
                      <Badge variant="outline" color="gray" size="xs">
                        {t('providers.compliance.provisional')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  {entry.opinion ?? '—'}
                  {entry.corrected && (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      ({t('providers.compliance.corrected')})
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {entry.change ? `${entry.change.scoreDelta > 0 ? '+' : ''}${formatNumber(entry.change.scoreDelta, 2)}` : '—'}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
