import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import type { EvidenceState, OwedItem } from './owed';

/** "Terlambat 24 hari" in red, or "Jatuh tempo 30 Nov 2026": the due day as a date, as the letter gave it. */
export function DueBadge({ item }: { item: Pick<OwedItem, 'overdue' | 'daysOverdue' | 'deadline'> }) {
  const { t } = useTranslation();
  if (item.overdue) {
    return (
      <Badge color="red" variant="filled" data-testid="due-badge" data-overdue="true">
        {item.daysOverdue ? t('liaison.owed.lateBy', { count: item.daysOverdue }) : t('common.late')}
      </Badge>
    );
  }
  return (
    <Badge color="indigo" variant="light" data-testid="due-badge" data-overdue="false">
      {t('liaison.owed.dueOn', { date: formatDate(item.deadline.dueOn) })}
    </Badge>
  );
}

const EVIDENCE_COLOURS: Record<EvidenceState, string> = { missing: 'red', awaiting_verification: 'blue', belum_sesuai: 'orange', sesuai: 'green' };

/** Where the evidence stands: missing evidence is the loudest, since that is what the liaison must act on. */
export function EvidenceBadge({ evidence }: { evidence: EvidenceState }) {
  const { t } = useTranslation();
  return (
    <Badge color={EVIDENCE_COLOURS[evidence]} variant={evidence === 'missing' ? 'filled' : 'light'} data-evidence={evidence}>
      {t(`liaison.evidenceState.${evidence}`)}
    </Badge>
  );
}
