import { useState, type FormEvent } from 'react';
import { Anchor, Badge, Button, Group, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, data } from '../../api/client';
import { useMe } from '../../auth/me';
import { ProblemAlert } from '../../components/ProblemAlert';
import { QueryState } from '../../components/QueryState';
import { PROVIDER_KINDS, useProvinces, type ProviderKind } from './providers-api';

const NATIONAL = 'national';

/**
 * Provider search by name or code, province and kind. The filters live in the address, so going back
 * from a provider returns to the same results; the API keeps each reader to what they may see.
 */
export function ProviderSearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const province = params.get('provinsi') ?? '';
  const kind = (params.get('jenis') ?? '') as ProviderKind | '';
  const [text, setText] = useState(q);
  const provinces = useProvinces();
  const me = useMe();
  const set = (patch: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(patch)) if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    set({ q: text.trim() });
  };
  const results = useInfiniteQuery({
    queryKey: ['providers', 'search', q, province, kind],
    queryFn: ({ pageParam }) =>
      data(
        api.GET('/v1/entities', {
          params: { query: { limit: '50', ...(q ? { q } : {}), ...(province ? { province } : {}), ...(kind ? { kind } : {}), ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

  return (
    <Stack gap="md">
      <Stack gap={2}>
        <Title order={2}>{t('providers.search.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('providers.search.intro')}
        </Text>
      </Stack>
      <Paper withBorder p="md" component="form" role="search" onSubmit={submit}>
        <Group gap="sm" align="end" wrap="wrap">
          <TextInput
            label={t('providers.search.query')}
            placeholder={t('providers.search.queryPlaceholder')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            maxLength={100}
            w={{ base: '100%', sm: 280 }}
          />
          <Select
            label={t('providers.search.province')}
            placeholder={t('providers.search.anyProvince')}
            data={[
              ...(provinces.data ?? []).map((p) => ({ value: p.code, label: `${p.code} · ${p.name}` })),
              // Ministries and agencies are outside every province, so outside an officer's or a liaison's scope.
              ...(me.data?.role === 'admin' || me.data?.role === 'auditor' ? [{ value: NATIONAL, label: t('providers.search.national') }] : []),
            ]}
            value={province || null}
            onChange={(value) => set({ provinsi: value ?? '' })}
            searchable
            clearable
            nothingFoundMessage={t('common.none')}
            w={{ base: '100%', sm: 260 }}
          />
          <Select
            label={t('providers.search.kind')}
            placeholder={t('providers.search.anyKind')}
            data={PROVIDER_KINDS.map((value) => ({ value, label: t(`providers.kind.${value}`) }))}
            value={kind || null}
            onChange={(value) => set({ jenis: value ?? '' })}
            clearable
            w={{ base: '100%', sm: 180 }}
          />
          <Button type="submit">{t('common.search')}</Button>
        </Group>
      </Paper>
      <QueryState query={results}>
        {(result) => {
          const items = result.pages.flatMap((page) => page.items);
          return (
            <Stack gap="sm" aria-label={t('providers.search.results')} component="section">
              {items.length === 0 && !results.hasNextPage ? (
                <Text c="dimmed" py="lg">
                  {t('providers.search.empty')}
                </Text>
              ) : (
                <Table.ScrollContainer minWidth={560}>
                  <Table striped highlightOnHover>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('providers.search.code')}</Table.Th>
                        <Table.Th>{t('providers.search.name')}</Table.Th>
                        <Table.Th>{t('providers.search.kind')}</Table.Th>
                        <Table.Th>{t('providers.search.timezone')}</Table.Th>
                        <Table.Th ta="right">{t('providers.search.units')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {items.map((p) => (
                        <Table.Tr key={p.code}>
                          <Table.Td ff="monospace">{p.code}</Table.Td>
                          <Table.Td>
                            <Anchor component={Link} to={`/penyelenggara/${encodeURIComponent(p.code)}`}>
                              {p.name}
                            </Anchor>
                          </Table.Td>
                          <Table.Td>{t(`providers.kind.${p.kind}`)}</Table.Td>
                          <Table.Td>
                            <Badge variant="light" color="gray">
                              {p.timezone}
                            </Badge>
                          </Table.Td>
                          <Table.Td ta="right">{p.units}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
              {results.isFetchNextPageError && <ProblemAlert error={results.error} onRetry={() => void results.fetchNextPage()} />}
              {results.hasNextPage && (
                <Button variant="default" onClick={() => void results.fetchNextPage()} loading={results.isFetchingNextPage} style={{ alignSelf: 'center' }}>
                  {t('common.more')}
                </Button>
              )}
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}
