import { useState } from 'react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { download, XLSX } from '../../api/download';
import type { components } from '../../api/schema';
import { useMe } from '../../auth/me';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useProvinces } from './providers-api';

type Entity = components['schemas']['EntityView'];

const PDF = 'application/pdf';

/** The provider's name and facts, what an officer can do for it, and its report for an exit meeting. */
export function ProviderHeader({ provider }: { provider: Entity }) {
  const { t } = useTranslation();
  const me = useMe();
  const mayAct = me.data?.role === 'officer' || me.data?.role === 'admin';
  const provinces = useProvinces();
  const provinceName = provinces.data?.find((p) => p.code === provider.provinceCode)?.name;
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const code = encodeURIComponent(provider.code);
  const report = async (type: string, ext: string) => {
    setBusy(ext);
    setError(null);
    try {
      await download(`/v1/entities/${code}/report`, type, `laporan-${provider.code}.${ext}`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="start" wrap="wrap" gap="sm">
        <Stack gap={2}>
          <Title order={2}>{provider.name}</Title>
          <Text size="sm" c="dimmed">
            {t('providers.page.summary', { kind: t(`providers.kind.${provider.kind}`), code: provider.code, zone: provider.timezone })}
            {provider.provinceCode && provider.provinceCode !== provider.code ? ` · ${provinceName ?? t('providers.page.provinceOf', { province: provider.provinceCode })}` : ''}
            {` · ${t('providers.page.units', { count: provider.units.length })}`}
          </Text>
        </Stack>
        <Group gap="xs" wrap="wrap">
          <Button variant="default" size="xs" loading={busy === 'pdf'} onClick={() => void report(PDF, 'pdf')}>
            {t('providers.page.reportPdf')}
          </Button>
          <Button variant="default" size="xs" loading={busy === 'xlsx'} onClick={() => void report(XLSX, 'xlsx')}>
            {t('providers.page.reportXlsx')}
          </Button>
        </Group>
      </Group>
      {mayAct && (
        <Group gap="xs" wrap="wrap">
          <Button component={Link} to={`/rekomendasi/baru?entity=${code}`} size="xs">
            {t('providers.page.issue')}
          </Button>
          <Button component={Link} to={`/penilaian/baru?entity=${code}`} size="xs" variant="light">
            {t('providers.page.assess')}
          </Button>
          <Button component={Link} to={`/penyelenggara/${code}/kontak`} size="xs" variant="light">
            {t('providers.page.contacts')}
          </Button>
        </Group>
      )}
      {error !== null && <ProblemAlert error={error} />}
    </Stack>
  );
}
