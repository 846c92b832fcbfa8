import { AppShell, Badge, Burger, Group, NavLink, SegmentedControl, Text, Title, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, NavLink as RouterLink, Outlet } from 'react-router';
import { api, data } from '../api/client';
import { session } from '../auth/session';
import type { Me } from '../auth/me';
import { switchLanguage } from '../i18n';
import type { Language } from '../i18n/language';
import { NAVIGATION } from './navigation';

/** The frame of every signed-in page: the role's menu, the unread count, the language switch. */
export function Layout({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const queries = useQueryClient();
  const inbox = useQuery({
    queryKey: ['inbox', 'unread'],
    queryFn: () => data(api.GET('/v1/me/notifications', { params: { query: { limit: '1' } } })),
    refetchInterval: 60_000,
  });
  const unread = inbox.data?.unread ?? 0;
  const changeLanguage = async (language: string) => {
    await switchLanguage(language as Language);
    // Server texts (problem details) follow the language too.
    await queries.invalidateQueries();
  };

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <a href="#konten" className="skip-link">
        {t('shell.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('shell.nav.menu')} />
            <Title order={1} size="h4" style={{ whiteSpace: 'nowrap' }}>
              <Link to="/" style={{ color: 'inherit', textDecoration: 'none' }}>
                <Text span visibleFrom="xs" inherit>
                  {t('common.appName')}
                </Text>
                <Text span hiddenFrom="xs" inherit>
                  {t('common.appShort')}
                </Text>
              </Link>
            </Title>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <UnstyledButton component={Link} to="/notifikasi" aria-label={`${t('shell.nav.inbox')}: ${unread}`} data-testid="unread">
              <Badge color={unread > 0 ? 'red' : 'gray'} variant={unread > 0 ? 'filled' : 'light'} leftSection={<BellIcon />}>
                {unread}
              </Badge>
            </UnstyledButton>
            <SegmentedControl
              size="xs"
              value={i18n.language}
              onChange={(value) => void changeLanguage(value)}
              data={[
                { value: 'id', label: 'ID' },
                { value: 'en', label: 'EN' },
              ]}
              aria-label={t('common.language')}
            />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('shell.nav.menu')}>
        <AppShell.Section grow>
          {NAVIGATION.filter((entry) => entry.roles.includes(me.role)).map((entry) => (
            <NavLink
              key={entry.to}
              component={RouterLink}
              to={entry.to}
              label={entry.label === 'inbox' && unread > 0 ? `${t(`shell.nav.${entry.label}`)} (${unread})` : t(`shell.nav.${entry.label}`)}
              onClick={close}
            />
          ))}
        </AppShell.Section>
        <AppShell.Section>
          <Text size="xs" c="dimmed" px="sm" data-testid="signed-in-as">
            {t('shell.signedInAs', { name: me.name ?? me.id, role: t(`common.roles.${me.role}`) })}
          </Text>
          <NavLink component="button" label={t('common.signOut')} onClick={() => session.signOut()} />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="konten" tabIndex={-1}>
        <VisuallyHidden aria-live="polite">{inbox.isFetching ? t('common.loading') : ''}</VisuallyHidden>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}

/** Drawn, not an emoji: office machines often lack an emoji font and would show a box. */
function BellIcon() {
  return (
    <svg width="12" height="12" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
      <path d="M13.7 21a2 2 0 0 1-3.4 0" />
    </svg>
  );
}
