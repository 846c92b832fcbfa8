import { useState } from 'react';
import { Group, Select, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, data } from '../../api/client';
import { useMe } from '../../auth/me';
import { withQuery } from '../../api/download';
import { ExportButtons } from '../../components/ExportButtons';
import { QueryState } from '../../components/QueryState';
import { useMethodologies, useProvinces } from '../providers/providers-api';
import { ComplianceByYear } from './ComplianceByYear';
import { OverdueByProvince } from './OverdueByProvince';
import { NATIONAL_BODIES, assessableYears } from './years';

/**
 * The national dashboard for admins and auditors, the provincial one for officers (the API narrows
 * "everything" to their provinces): compliance per year by zone and category, and overdue by province.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const [year, setYear] = useState<number | null>(null);
  const [province, setProvince] = useState('');
  const me = useMe();
  // Compliance summaries are for officers, auditors and admins; a liaison who opens the page sees the overdue part only.
  const summaries = me.data !== undefined && me.data.role !== 'liaison';
  const provinces = useProvinces();
  const methodologies = useMethodologies();
  // The latest year assessed in the area, which is where the dashboard opens.
  const latest = useQuery({
    queryKey: ['compliance-summary', 'latest', province],
    queryFn: () => data(api.GET('/v1/compliance/summary', { params: { query: province ? { province } : {} } })),
    enabled: summaries,
  });
  const shownYear = year ?? latest.data?.year ?? null;
  const years = methodologies.data && latest.data?.year ? assessableYears(methodologies.data, latest.data.year) : [];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="start" wrap="wrap">
        <Stack gap={2}>
          <Title order={2}>{t('dashboard.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('dashboard.intro')}
          </Text>
        </Stack>
        {shownYear !== null && <ExportButtons path={withQuery('/v1/compliance/summary', { year: shownYear, province })} name={`ringkasan-kepatuhan-${shownYear}`} />}
      </Group>
      {summaries && (
        <Group gap="sm" align="end" wrap="wrap">
          <Select
            label={t('dashboard.year')}
            placeholder={t('dashboard.latestYear')}
            data={[...years].reverse().map(String)}
            value={shownYear === null ? null : String(shownYear)}
            onChange={(value) => setYear(value ? Number(value) : null)}
            allowDeselect={false}
            w={{ base: '100%', xs: 160 }}
          />
          <Select
            label={t('dashboard.province')}
            placeholder={me.data?.role === 'officer' ? t('dashboard.myProvinces') : t('dashboard.national')}
            data={[
              ...(provinces.data ?? []).map((p) => ({ value: p.code, label: `${p.code} · ${p.name}` })),
              // Ministries and agencies are outside every province, so outside an officer's scope.
              ...(me.data?.role === 'officer' ? [] : [{ value: NATIONAL_BODIES, label: t('dashboard.nationalBodies') }]),
            ]}
            value={province || null}
            onChange={(value) => setProvince(value ?? '')}
            searchable
            clearable
            nothingFoundMessage={t('common.none')}
            w={{ base: '100%', xs: 280 }}
          />
        </Group>
      )}
      {summaries && (
        <QueryState query={latest}>
          {() => (
            <QueryState query={methodologies}>
              {(catalog) =>
                shownYear === null ? <Text c="dimmed">{t('common.none')}</Text> : <ComplianceByYear year={shownYear} years={years} province={province} catalog={catalog} provinces={provinces.data ?? []} />
              }
            </QueryState>
          )}
        </QueryState>
      )}
      <OverdueByProvince province={province} provinces={provinces.data ?? []} />
    </Stack>
  );
}
