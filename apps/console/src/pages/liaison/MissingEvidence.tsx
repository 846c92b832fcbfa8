import { List, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import type { OwedActionItem, OwedItem } from './owed';

/** One thing still to send, as a text key of the liaison section and its values. */
export interface MissingLine {
  key: 'whole' | 'wholeAgain' | 'report' | 'item' | 'itemAgain' | 'itemClose';
  values: { due?: string; period?: string; unit?: string; title?: string };
}

/**
 * What the units must still send, one line each, in the liaison's language. Built from the same facts
 * the API's `missing` list is (evidence per action item, or for the whole item), which it words in English.
 */
export function missingLines(item: OwedItem, unitLabel: (unitId: string) => string): MissingLine[] {
  if (item.actionItems.length > 0) return item.actionItems.flatMap((a) => actionItemLine(a, unitLabel));
  const due = formatDate(item.deadline.dueOn);
  if (item.subject === 'obligation' && item.evidence === 'missing') return [{ key: 'report', values: { period: item.periodKey ?? item.title, due } }];
  if (item.evidence === 'missing') return [{ key: 'whole', values: { due } }];
  if (item.evidence === 'belum_sesuai') return [{ key: 'wholeAgain', values: { due } }];
  return [];
}

function actionItemLine(a: OwedActionItem, unitLabel: (unitId: string) => string): MissingLine[] {
  const values = { unit: a.unitName ?? unitLabel(a.unitId), title: a.title, due: formatDate(a.dueOn) };
  if (a.evidence === 'missing') return [{ key: 'item', values }];
  if (a.evidence === 'belum_sesuai') return [{ key: 'itemAgain', values }];
  if (a.closedOn === null && a.evidence === 'sesuai') return [{ key: 'itemClose', values }];
  return [];
}

/** Highlighted, so what is missing is the first thing read on the card. */
export function MissingEvidence({ lines }: { lines: MissingLine[] }) {
  const { t } = useTranslation();
  if (lines.length === 0) return null;
  return (
    <Paper bg="orange.0" p="xs" radius="sm" style={{ borderLeft: '4px solid var(--mantine-color-orange-6)' }} data-testid="missing-evidence">
      <Text size="sm" fw={600}>
        {t('liaison.missing.title')}
      </Text>
      <List size="sm" spacing={2}>
        {lines.map((line, i) => (
          <List.Item key={i}>{t(`liaison.missing.${line.key}`, line.values)}</List.Item>
        ))}
      </List>
    </Paper>
  );
}
