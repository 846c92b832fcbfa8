import { Anchor, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, data } from '../../api/client';
import { Chart } from '../../components/Chart';
import { QueryState } from '../../components/QueryState';
import { formatInstant } from '../../i18n/format';
import { overdueBarOption } from './dashboard-charts';
import { NATIONAL_BODIES } from './years';

/** Overdue follow-ups counted by province (the same rule and scope as the overdue list), as bars and a table. */
export function OverdueByProvince({ province, provinces }: { province: string; provinces: Array<{ code: string; name: string }> }) {
  const { t } = useTranslation();
  const summary = useQuery({
    queryKey: ['overdue-summary', province],
    queryFn: () => data(api.GET('/v1/follow-up/overdue/summary', { params: { query: province ? { province } : {} } })),
  });
  const nameOf = (code: string) => (code === NATIONAL_BODIES ? t('dashboard.nationalBodies') : (provinces.find((p) => p.code === code)?.name ?? t('dashboard.area.provinces', { provinces: code })));

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="overdue-title">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={3} size="h4" id="overdue-title">
            {t('dashboard.overdue.title')}
          </Title>
          <Anchor component={Link} to="/terlambat" size="sm">
            {t('dashboard.overdue.open')}
          </Anchor>
        </Group>
        <QueryState query={summary}>
          {(result) =>
            result.provinces.length === 0 ? (
              <Text c="dimmed">{t('dashboard.overdue.none')}</Text>
            ) : (
              <Stack gap="sm">
                <Text size="xs" c="dimmed">
                  {t('dashboard.overdue.at', { at: formatInstant(result.at, 'WIB') })}
                </Text>
                <Chart
                  option={overdueBarOption(
                    result.provinces.map((p) => nameOf(p.province)),
                    result.provinces.map((p) => p.overdue),
                    t('dashboard.overdue.count'),
                  )}
                  label={t('dashboard.overdue.chart')}
                  height={Math.max(120, 40 + 36 * result.provinces.length)}
                />
                <Table.ScrollContainer minWidth={320}>
                  <Table striped data-testid="overdue-table">
                    <Table.Caption>{t('dashboard.overdue.caption')}</Table.Caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('dashboard.province')}</Table.Th>
                        <Table.Th ta="right">{t('dashboard.overdue.count')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {result.provinces.map((p) => (
                        <Table.Tr key={p.province} data-province={p.province}>
                          <Table.Th scope="row">{nameOf(p.province)}</Table.Th>
                          <Table.Td ta="right">{p.overdue}</Table.Td>
                        </Table.Tr>
                      ))}
                      <Table.Tr>
                        <Table.Th scope="row">{t('dashboard.overdue.total')}</Table.Th>
                        <Table.Td ta="right">{result.total}</Table.Td>
                      </Table.Tr>
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </Stack>
            )
          }
        </QueryState>
      </Stack>
    </Paper>
  );
}
