import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusBadge } from '../../components/StatusBadge';
import { DueBadge, EvidenceBadge } from './DueBadge';
import { MissingEvidence, missingLines } from './MissingEvidence';
import { itemPath, type OwedItem } from './owed';

/** One thing owed: when, its status, where the evidence stands, what is missing, and the way to act on it. */
export function OwedItemCard({ item, unitLabel }: { item: OwedItem; unitLabel: (unitId: string) => string }) {
  const { t } = useTranslation();
  const units = item.unitIds.map(unitLabel).join(', ');
  return (
    <Paper withBorder p="sm" component="article" aria-labelledby={`owed-${item.id}`} data-testid="owed-item" data-overdue={item.overdue}>
      <Stack gap="xs">
        <Group gap="xs">
          <DueBadge item={item} />
          <StatusBadge status={item.status} />
          <EvidenceBadge evidence={item.evidence} />
          {item.extension === 'pending' && (
            <Badge color="grape" variant="outline">
              {t('liaison.owed.extensionPending')}
            </Badge>
          )}
          {item.notActionable === 'pending' && (
            <Badge color="grape" variant="outline">
              {t('liaison.owed.notActionablePending')}
            </Badge>
          )}
        </Group>
        <Anchor component={Link} to={itemPath(item)} fw={600} id={`owed-${item.id}`}>
          {item.title}
        </Anchor>
        <Text size="sm" c="dimmed">
          {t(`common.kind.${item.kind}`)}
          {units ? ` · ${t('common.unit')}: ${units}` : ''}
          {item.periodKey ? ` · ${item.periodKey}` : ''}
        </Text>
        <MissingEvidence lines={missingLines(item, unitLabel)} />
      </Stack>
    </Paper>
  );
}
