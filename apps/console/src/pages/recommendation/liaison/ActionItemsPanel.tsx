import { useState } from 'react';
import { Badge, Button, Group, Modal, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api, data } from '../../../api/client';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { formatDate } from '../../../i18n/format';
import { unitName, type Unit } from '../../liaison/provider';
import { AddActionItemForm } from './AddActionItemForm';
import { useRecommendationCommand, type RecommendationView } from './command';

type ActionItem = RecommendationView['actionItems'][number];

/** The recommendation split into units' action items: each one's state, closing one, adding one. */
export function ActionItemsPanel({ recommendation, units }: { recommendation: RecommendationView; units: readonly Unit[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      {recommendation.actionItems.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('liaison.items.none')}
        </Text>
      )}
      {recommendation.actionItems.map((item) => (
        <ActionItemRow key={item.itemId} recommendationId={recommendation.id} item={item} unit={unitName(units, item.unitId)} />
      ))}
      <AddActionItemForm recommendation={recommendation} units={units} />
    </Stack>
  );
}

function ActionItemRow({ recommendationId, item, unit }: { recommendationId: string; item: ActionItem; unit: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xs" data-testid="action-item">
      <Group justify="space-between" gap="xs">
        <div style={{ minWidth: 0, flex: 1 }}>
          <Text size="sm" fw={500}>
            {item.title}
          </Text>
          <Text size="xs" c="dimmed">
            {unit} · {t('liaison.owed.dueOn', { date: formatDate(item.dueOn) })}
          </Text>
          {item.closed && (
            <Text size="xs" c="dimmed">
              {t('liaison.items.closedOn', { date: formatDate(item.closed.closedOn), note: item.closed.note })}
            </Text>
          )}
        </div>
        {item.closed ? (
          <Badge color="green" variant="light">
            {t('liaison.items.closed')}
          </Badge>
        ) : (
          <CloseItemButton recommendationId={recommendationId} item={item} />
        )}
      </Group>
    </Paper>
  );
}

/** Closing cannot be undone, so it is confirmed in a dialog that also takes the note for the record. */
function CloseItemButton({ recommendationId, item }: { recommendationId: string; item: ActionItem }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [note, setNote] = useState('');
  const close = useRecommendationCommand(() =>
    data(
      api.POST('/v1/recommendations/{id}/action-items/{itemId}/close', {
        params: { path: { id: recommendationId, itemId: item.itemId } },
        body: note.trim() ? { note: note.trim() } : {},
      }),
    ),
  );
  return (
    <>
      <Button size="xs" variant="light" onClick={() => setOpened(true)}>
        {t('liaison.items.close')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('liaison.items.closeTitle', { title: item.title })}>
        <Stack gap="sm">
          <Text size="sm">{t('liaison.items.closeWarning')}</Text>
          <Textarea label={t('liaison.items.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} maxLength={2000} />
          {close.isError && <ProblemAlert error={close.error} />}
          <Group justify="end">
            <Button variant="default" onClick={() => setOpened(false)}>
              {t('common.cancel')}
            </Button>
            <Button loading={close.isPending} onClick={() => close.mutate(undefined, { onSuccess: () => setOpened(false) })}>
              {t('liaison.items.confirmClose')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
