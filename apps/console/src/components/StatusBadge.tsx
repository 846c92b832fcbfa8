import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLOURS: Record<string, string> = {
  belum_ditindaklanjuti: 'gray',
  menunggu_verifikasi: 'blue',
  belum_sesuai: 'orange',
  sesuai: 'green',
  tidak_dapat_ditindaklanjuti: 'grape',
  open: 'gray',
  fulfilled: 'green',
  cancelled: 'dark',
};

export type Status = keyof typeof COLOURS;

export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  const known = status in COLOURS;
  return (
    // Whole words, never cut: "Belum ditindaklanjuti" must stay readable in a narrow column.
    <Badge color={COLOURS[status] ?? 'gray'} variant="light" data-status={status} tt="none" h="auto" styles={{ label: { whiteSpace: 'normal', overflow: 'visible' } }}>
      {known ? t(`common.status.${status as 'sesuai'}`) : status}
    </Badge>
  );
}

const ZONE_COLOURS = { merah: 'red', kuning: 'yellow', hijau: 'green' } as const;

export function ZoneBadge({ zone, category }: { zone: 'merah' | 'kuning' | 'hijau'; category?: string }) {
  const { t } = useTranslation();
  return (
    <Badge color={ZONE_COLOURS[zone]} variant="filled" data-zone={zone}>
      {category ? `${category} · ` : ''}
      {t(`common.zone.${zone}`)}
    </Badge>
  );
}
