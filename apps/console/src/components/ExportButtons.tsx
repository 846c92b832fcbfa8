import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CSV, XLSX, download } from '../api/download';
import { ProblemAlert } from './ProblemAlert';

/** Exports exactly what is on screen: the same path and filters, asked for as CSV or XLSX. */
export function ExportButtons({ path, name }: { path: string; name: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const run = async (type: string, ext: string) => {
    setBusy(ext);
    setError(null);
    try {
      await download(path, type, `${name}.${ext}`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      <Group gap="xs">
        <Button variant="default" size="xs" loading={busy === 'csv'} onClick={() => void run(CSV, 'csv')}>
          {t('common.exportCsv')}
        </Button>
        <Button variant="default" size="xs" loading={busy === 'xlsx'} onClick={() => void run(XLSX, 'xlsx')}>
          {t('common.exportXlsx')}
        </Button>
      </Group>
      {error !== null && <ProblemAlert error={error} />}
    </>
  );
}
