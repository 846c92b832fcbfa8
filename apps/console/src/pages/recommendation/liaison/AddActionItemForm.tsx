import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Select, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api, data } from '../../../api/client';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { fieldError } from '../../liaison/field-errors';
import type { Unit } from '../../liaison/provider';
import { useRecommendationCommand, type RecommendationView } from './command';

/** The liaison splits the recommendation: one unit, what it must do, by when (no later than the recommendation's due date). */
export function AddActionItemForm({ recommendation, units }: { recommendation: RecommendationView; units: readonly Unit[] }) {
  const { t } = useTranslation();
  const [unitId, setUnitId] = useState<string | null>(recommendation.unitId);
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [added, setAdded] = useState(false);
  const add = useRecommendationCommand(() =>
    data(api.POST('/v1/recommendations/{id}/action-items', { params: { path: { id: recommendation.id } }, body: { unitId: unitId ?? '', title: title.trim(), dueOn } })),
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setAdded(false);
    add.mutate(undefined, {
      onSuccess: () => {
        setTitle('');
        setDueOn('');
        setAdded(true);
      },
    });
  };
  return (
    <form onSubmit={onSubmit}>
      <Stack gap="xs">
        <Title order={4}>{t('liaison.items.addTitle')}</Title>
        <Group grow align="start" wrap="wrap" gap="sm">
          <Select
            label={t('common.unit')}
            data={units.map((u) => ({ value: u.unitId, label: u.name }))}
            value={unitId}
            onChange={setUnitId}
            error={fieldError(add.error, 'unitId')}
            required
            miw={200}
          />
          <TextInput
            type="date"
            label={t('liaison.items.dueOn')}
            value={dueOn}
            onChange={(e) => setDueOn(e.currentTarget.value)}
            min={recommendation.issuedOn}
            max={recommendation.deadline.dueOn}
            error={fieldError(add.error, 'dueOn')}
            required
            miw={160}
          />
        </Group>
        <TextInput label={t('liaison.items.itemTitle')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={fieldError(add.error, 'title')} maxLength={500} required />
        {add.isError && <ProblemAlert error={add.error} />}
        {added && <Alert color="green">{t('liaison.items.added')}</Alert>}
        <Button type="submit" variant="light" loading={add.isPending} style={{ alignSelf: 'start' }}>
          {t('liaison.items.add')}
        </Button>
      </Stack>
    </form>
  );
}
