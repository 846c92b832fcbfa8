import { useState } from 'react';
import { Badge, Button, Divider, Group, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState';
import { calendarKey, readCalendar, type CalendarView } from './calendar-api';
import { AddHolidayForm, WorkingDayForm } from './CalendarForms';
import { RemoveModal, SeedModal } from './CalendarModals';
import { DayTable } from './DayTable';
import { Done } from './Done';

const PROVENANCE_COLOURS = { skb: 'green', admin: 'indigo', estimated: 'orange' } as const;

/** The working-day calendar of a year: what deadlines are counted over, and where each day comes from. */
export function CalendarTab() {
  const { t } = useTranslation();
  const [year, setYear] = useState(new Date().getFullYear());
  const [done, setDone] = useState<string | null>(null);
  const queries = useQueryClient();
  const calendar = useQuery({ queryKey: calendarKey(year), queryFn: () => readCalendar(year) });
  const changed = (message: string) => {
    setDone(message);
    void queries.invalidateQueries({ queryKey: calendarKey(year) });
  };
  return (
    <Stack gap="md">
      <NumberInput label={t('admin.calendar.year')} value={year} onChange={(value) => typeof value === 'number' && setYear(value)} min={2000} max={2100} w={140} />
      <Done message={done} />
      <QueryState query={calendar}>{(view) => <CalendarBody key={`${view.year}@${view.revision}`} calendar={view} onDone={changed} />}</QueryState>
    </Stack>
  );
}

function CalendarBody({ calendar, onDone }: { calendar: CalendarView; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [seeding, setSeeding] = useState(false);
  const [removing, setRemoving] = useState<{ date: string; name: string } | null>(null);
  const { source, reference, version } = calendar.calendar;
  const removable = calendar.managed ? setRemoving : undefined;
  return (
    <Stack gap="md" data-testid="calendar">
      <Stack gap={4}>
        <Group gap="xs">
          <Text fw={600}>{t('admin.calendar.provenance')}</Text>
          <Badge color={PROVENANCE_COLOURS[source]} data-testid="provenance" data-source={source}>
            {t(`admin.calendar.sources.${source}`)}
          </Badge>
          {version !== null && <Text size="sm">{t('admin.calendar.version', { version })}</Text>}
        </Group>
        <Text size="sm">{reference}</Text>
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {calendar.source}
        </Text>
      </Stack>
      {calendar.managed ? (
        <>
          <AddHolidayForm calendar={calendar} onDone={onDone} />
          <WorkingDayForm calendar={calendar} onDone={onDone} />
        </>
      ) : (
        <Group>
          <Text size="sm">{t('admin.calendar.notManaged', { year: calendar.year })}</Text>
          <Button onClick={() => setSeeding(true)}>{t('admin.calendar.seed', { year: calendar.year })}</Button>
        </Group>
      )}
      <Divider />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <DayTable title={t('admin.calendar.national')} days={calendar.nationalHolidays} testId="national-holidays" onRemove={removable} />
        <Stack gap="md">
          <DayTable title={t('admin.calendar.collective')} days={calendar.collectiveLeave} testId="collective-leave" onRemove={removable} />
          <DayTable title={t('admin.calendar.working')} days={calendar.declaredWorkingDays} testId="working-days" />
        </Stack>
      </SimpleGrid>
      <SeedModal year={calendar.year} opened={seeding} onClose={() => setSeeding(false)} onDone={onDone} />
      <RemoveModal calendar={calendar} day={removing} onClose={() => setRemoving(null)} onDone={onDone} />
    </Stack>
  );
}
