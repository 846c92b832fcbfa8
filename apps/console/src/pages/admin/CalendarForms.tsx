import { useState, type FormEvent } from 'react';
import { Button, Group, Select, Stack, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate } from '../../i18n/format';
import { addHoliday, declareWorkingDay, type CalendarView, type HolidayKind } from './calendar-api';

/** A day off added to a seeded year: a national holiday or cuti bersama, as the decree names it. */
export function AddHolidayForm({ calendar, onDone }: { calendar: CalendarView; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [date, setDate] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<HolidayKind>('national');
  const add = useMutation({
    mutationFn: () => addHoliday(calendar, { date, name: name.trim(), kind }),
    onSuccess: () => {
      onDone(t('admin.calendar.added', { date: formatDate(date), name: name.trim() }));
      setDate('');
      setName('');
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  return (
    <form onSubmit={submit} aria-labelledby="add-holiday-title">
      <Stack gap="xs">
        <Title order={4} size="h5" id="add-holiday-title">
          {t('admin.calendar.addTitle')}
        </Title>
        <Group align="end" wrap="wrap">
          <TextInput type="date" label={t('admin.calendar.date')} value={date} onChange={(e) => setDate(e.currentTarget.value)} required min={`${calendar.year}-01-01`} max={`${calendar.year}-12-31`} w={170} />
          <TextInput label={t('admin.calendar.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} required maxLength={200} style={{ flex: 1, minWidth: 200 }} />
          <Select
            label={t('admin.calendar.kind')}
            value={kind}
            allowDeselect={false}
            onChange={(value) => value && setKind(value as HolidayKind)}
            data={[
              { value: 'national', label: t('admin.calendar.kinds.national') },
              { value: 'collective_leave', label: t('admin.calendar.kinds.collective_leave') },
            ]}
            w={190}
          />
          <Button type="submit" loading={add.isPending}>
            {t('admin.calendar.add')}
          </Button>
        </Group>
        {add.isError && <ProblemAlert error={add.error} />}
      </Stack>
    </form>
  );
}

/** A weekend day or holiday that is worked (a replacement working Saturday), with the decree that says so. */
export function WorkingDayForm({ calendar, onDone }: { calendar: CalendarView; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const declare = useMutation({
    mutationFn: () => declareWorkingDay(calendar, { date, reason: reason.trim() }),
    onSuccess: () => {
      onDone(t('admin.calendar.declared', { date: formatDate(date) }));
      setDate('');
      setReason('');
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    declare.mutate();
  };
  return (
    <form onSubmit={submit} aria-labelledby="working-day-title">
      <Stack gap="xs">
        <Title order={4} size="h5" id="working-day-title">
          {t('admin.calendar.workingTitle')}
        </Title>
        <Group align="end" wrap="wrap">
          <TextInput type="date" label={t('admin.calendar.date')} value={date} onChange={(e) => setDate(e.currentTarget.value)} required min={`${calendar.year}-01-01`} max={`${calendar.year}-12-31`} w={170} />
          <TextInput label={t('admin.calendar.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} required maxLength={500} style={{ flex: 1, minWidth: 200 }} />
          <Button type="submit" variant="light" loading={declare.isPending}>
            {t('admin.calendar.declare')}
          </Button>
        </Group>
        {declare.isError && <ProblemAlert error={declare.error} />}
      </Stack>
    </form>
  );
}
