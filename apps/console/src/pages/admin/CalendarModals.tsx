import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate } from '../../i18n/format';
import { removeHoliday, seedCalendar, type CalendarView } from './calendar-api';

/** Taking a year over is once only: from then on its days are what admins record, so it asks first. */
export function SeedModal({ year, opened, onClose, onDone }: { year: number; opened: boolean; onClose: () => void; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const seed = useMutation({
    mutationFn: () => seedCalendar(year, note.trim()),
    onSuccess: () => {
      onDone(t('admin.calendar.seeded', { year }));
      onClose();
    },
  });
  return (
    <Modal opened={opened} onClose={onClose} title={t('admin.calendar.seedTitle', { year })}>
      <Stack gap="sm">
        <Text size="sm">{t('admin.calendar.seedConfirm', { year })}</Text>
        <TextInput label={t('admin.calendar.seedNote')} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={500} />
        {seed.isError && <ProblemAlert error={seed.error} />}
        <Group justify="end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => seed.mutate()} loading={seed.isPending}>
            {t('admin.calendar.seed', { year })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Removing a day off changes every deadline counted over it, so it takes a reason and a second click. */
export function RemoveModal({ calendar, day, onClose, onDone }: { calendar: CalendarView; day: { date: string; name: string } | null; onClose: () => void; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const remove = useMutation({
    mutationFn: (date: string) => removeHoliday(calendar, date, reason.trim()),
    onSuccess: (_, date) => {
      onDone(t('admin.calendar.removed', { date: formatDate(date) }));
      setReason('');
      onClose();
    },
  });
  return (
    <Modal opened={day !== null} onClose={onClose} title={t('admin.calendar.removeTitle')}>
      {day && (
        <Stack gap="sm">
          <Text size="sm">{t('admin.calendar.removeConfirm', { date: formatDate(day.date), name: day.name })}</Text>
          <TextInput label={t('admin.calendar.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} required maxLength={500} data-autofocus />
          {remove.isError && <ProblemAlert error={remove.error} />}
          <Group justify="end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button color="red" disabled={!reason.trim()} onClick={() => remove.mutate(day.date)} loading={remove.isPending}>
              {t('admin.calendar.remove')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
