import { Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CalendarTab } from './CalendarTab';
import { FailedNotificationsTab } from './FailedNotificationsTab';
import { ProjectionsTab } from './ProjectionsTab';
import { QueueDashboardTab } from './QueueDashboardTab';

const TABS = ['kalender', 'proyeksi', 'notifikasi-gagal', 'antrean'] as const;
type Tab = (typeof TABS)[number];

/** The admin's desk: the working-day calendar, the read models, failed deliveries and the queues. The tab is in the address. */
export function AdminPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab') as Tab | null;
  const tab: Tab = asked && TABS.includes(asked) ? asked : 'kalender';
  return (
    <Stack gap="md">
      <Title order={2}>{t('admin.title')}</Title>
      <Tabs value={tab} onChange={(next) => setParams({ tab: next ?? 'kalender' })} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="kalender">{t('admin.tabs.calendar')}</Tabs.Tab>
          <Tabs.Tab value="proyeksi">{t('admin.tabs.projections')}</Tabs.Tab>
          <Tabs.Tab value="notifikasi-gagal">{t('admin.tabs.failed')}</Tabs.Tab>
          <Tabs.Tab value="antrean">{t('admin.tabs.queues')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="kalender" pt="md">
          <CalendarTab />
        </Tabs.Panel>
        <Tabs.Panel value="proyeksi" pt="md">
          <ProjectionsTab />
        </Tabs.Panel>
        <Tabs.Panel value="notifikasi-gagal" pt="md">
          <FailedNotificationsTab />
        </Tabs.Panel>
        <Tabs.Panel value="antrean" pt="md">
          <QueueDashboardTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
