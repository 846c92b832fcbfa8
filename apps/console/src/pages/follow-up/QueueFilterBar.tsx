import { Group, Select, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, data } from '../../api/client';
import { useMe } from '../../auth/me';
import type { ItemKind, QueueFilters } from './queue';

const KINDS: ItemKind[] = ['saran_perbaikan', 'tindakan_korektif', 'rekomendasi', 'obligation'];

/** Province, provider and kind: the three ways an officer narrows a queue (the API still bounds it to their scope). */
export function QueueFilterBar({ value, onChange, lookAhead = false }: { value: QueueFilters; onChange: (next: QueueFilters) => void; lookAhead?: boolean }) {
  const { t } = useTranslation();
  const me = useMe();
  const provinces = me.data?.provinces ?? [];
  const everywhere = provinces.length === 0 || provinces.includes('*');
  const providers = useQuery({
    queryKey: ['providers', 'filter', value.province],
    queryFn: () => data(api.GET('/v1/entities', { params: { query: { limit: '500', ...(value.province ? { province: value.province } : {}) } } })),
    staleTime: 5 * 60_000,
  });
  const set = (patch: Partial<QueueFilters>) => onChange({ ...value, ...patch });

  return (
    <Group gap="sm" align="end" wrap="wrap">
      {everywhere ? (
        <TextInput
          label={t('followUp.filter.province')}
          placeholder={t('followUp.filter.provincePlaceholder')}
          value={value.province}
          onChange={(e) => set({ province: e.currentTarget.value.trim(), entity: '' })}
          w={{ base: '100%', xs: 160 }}
        />
      ) : (
        <Select
          label={t('followUp.filter.province')}
          placeholder={t('followUp.filter.all')}
          data={provinces}
          value={value.province || null}
          onChange={(province) => set({ province: province ?? '', entity: '' })}
          clearable
          w={{ base: '100%', xs: 160 }}
        />
      )}
      <Select
        label={t('followUp.filter.provider')}
        placeholder={t('followUp.filter.all')}
        data={(providers.data?.items ?? []).map((p) => ({ value: p.code, label: `${p.code} · ${p.name}` }))}
        value={value.entity || null}
        onChange={(entity) => set({ entity: entity ?? '' })}
        searchable
        clearable
        nothingFoundMessage={t('common.none')}
        w={{ base: '100%', xs: 300 }}
      />
      <Select
        label={t('followUp.filter.kind')}
        placeholder={t('followUp.filter.all')}
        data={KINDS.map((kind) => ({ value: kind, label: t(`common.kind.${kind}`) }))}
        value={value.kind || null}
        onChange={(kind) => set({ kind: (kind ?? '') as ItemKind | '' })}
        clearable
        w={{ base: '100%', xs: 200 }}
      />
      {lookAhead && (
        <Select
          label={t('followUp.filter.within')}
          data={['7', '14', '30'].map((days) => ({ value: days, label: t('followUp.filter.days', { count: Number(days) }) }))}
          value={value.withinDays}
          onChange={(days) => set({ withinDays: days ?? '7' })}
          allowDeselect={false}
          w={{ base: '100%', xs: 140 }}
        />
      )}
    </Group>
  );
}
