import { Button, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { components } from '../../api/schema';
import { formatDate } from '../../i18n/format';

type NamedDay = components['schemas']['NamedDayView'];

/** One list of the year's days (holidays, cuti bersama, declared working days); removable ones carry a button. */
export function DayTable({ title, days, testId, onRemove }: { title: string; days: NamedDay[]; testId: string; onRemove?: (day: NamedDay) => void }) {
  const { t } = useTranslation();
  return (
    <div>
      <Title order={4} size="h5" mb="xs">
        {title} ({days.length})
      </Title>
      {days.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('common.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={420}>
          <Table striped verticalSpacing={4} data-testid={testId}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={130}>{t('admin.calendar.date')}</Table.Th>
                <Table.Th>{t('admin.calendar.name')}</Table.Th>
                {onRemove && <Table.Th w={110}>{t('common.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {days.map((day) => (
                <Table.Tr key={day.date} data-date={day.date}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(day.date)}</Table.Td>
                  <Table.Td>{day.name}</Table.Td>
                  {onRemove && (
                    <Table.Td>
                      <Button size="compact-xs" variant="subtle" color="red" onClick={() => onRemove(day)} aria-label={t('admin.calendar.removeDay', { date: formatDate(day.date), name: day.name })}>
                        {t('admin.calendar.remove')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </div>
  );
}
