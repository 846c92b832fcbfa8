import { useState } from 'react';
import { Alert, Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { withQuery } from '../../api/download';
import { useMe } from '../../auth/me';
import { ExportButtons } from '../../components/ExportButtons';
import { QueryState } from '../../components/QueryState';
import { formatInstant } from '../../i18n/format';
import { OwedItemCard } from './OwedItemCard';
import { OWED_PATH, owedQuery, useOwed } from './owed';
import { unitName, useProvider } from './provider';

/** The liaison's morning page (/tagihan): what the provider's units still owe, soonest due first. */
export function OwedPage() {
  const { t } = useTranslation();
  const me = useMe();
  const entity = me.data?.entityCode;
  if (!entity) {
    return me.isPending ? null : <Alert color="yellow">{t('liaison.owed.noProvider')}</Alert>;
  }
  return <OwedList entity={entity} />;
}

function OwedList({ entity }: { entity: string }) {
  const { t } = useTranslation();
  const [unit, setUnit] = useState<string | null>(null);
  const provider = useProvider(entity);
  const owed = useOwed(entity, unit);
  const units = provider.data?.units ?? [];
  const unitLabel = (unitId: string) => unitName(units, unitId);
  const first = owed.data?.pages[0];

  return (
    <Stack gap="md">
      <div>
        <Title order={2}>{t('liaison.owed.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('liaison.owed.intro', { provider: first?.entityName ?? provider.data?.name ?? entity })}
        </Text>
      </div>
      <Group justify="space-between" align="end" gap="sm">
        <Select
          label={t('common.unit')}
          placeholder={t('liaison.owed.allUnits')}
          data={units.map((u) => ({ value: u.unitId, label: u.name }))}
          value={unit}
          onChange={setUnit}
          clearable
          w={{ base: '100%', xs: 280 }}
        />
        <ExportButtons path={withQuery(OWED_PATH, owedQuery(entity, unit))} name={`tagihan-${entity}${unit ? `-${unit}` : ''}`} />
      </Group>
      <QueryState query={owed}>
        {(pages) => {
          const items = pages.pages.flatMap((p) => p.items);
          return (
            <Stack gap="sm">
              <Text size="sm" c="dimmed" aria-live="polite">
                {t('liaison.owed.count', { count: items.length, at: formatInstant(first?.at, provider.data?.timezone) })}
              </Text>
              {items.length === 0 && <Alert color="green">{t('liaison.owed.empty')}</Alert>}
              {items.map((item) => (
                <OwedItemCard key={item.id} item={item} unitLabel={unitLabel} />
              ))}
              {owed.hasNextPage && (
                <Button variant="default" onClick={() => void owed.fetchNextPage()} loading={owed.isFetchingNextPage} style={{ alignSelf: 'center' }}>
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
