import { useState } from 'react';
import { Alert, Group, SegmentedControl, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../api/problem';
import { QueryState } from '../../components/QueryState';
import { formatDate } from '../../i18n/format';
import { compareStates, readState, type TimeAxis } from './record-state';

/**
 * The record as of a chosen date beside the record today. Two axes, because they answer
 * different questions: "what had we recorded by then" (asOf) and "what held then, as we know now" (validAt).
 */
export function StateComparison({ stream }: { stream: string }) {
  const { t } = useTranslation();
  const [axis, setAxis] = useState<TimeAxis>('asOf');
  const [date, setDate] = useState('');
  const [changedOnly, setChangedOnly] = useState(true);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date);
  const now = useQuery({ queryKey: ['audit', 'state', stream, 'now'], queryFn: () => readState(stream) });
  const then = useQuery({
    queryKey: ['audit', 'state', stream, axis, date],
    // A record that did not exist yet at the cut is an answer too, not an error.
    queryFn: () => readState(stream, { axis, at: date }).catch((error: unknown) => (error instanceof ApiProblem && error.status === 404 ? null : Promise.reject(error))),
    enabled: valid,
  });
  return (
    <Stack gap="sm">
      <Group align="end" wrap="wrap">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="axis-label">
            {t('audit.state.axis')}
          </Text>
          <SegmentedControl
            aria-labelledby="axis-label"
            value={axis}
            onChange={(value) => setAxis(value as TimeAxis)}
            data={[
              { value: 'asOf', label: t('audit.state.asOf') },
              { value: 'validAt', label: t('audit.state.validAt') },
            ]}
          />
        </Stack>
        <TextInput type="date" label={t('audit.state.date')} value={date} onChange={(e) => setDate(e.currentTarget.value)} w={180} />
        <Switch label={t('audit.state.changedOnly')} checked={changedOnly} onChange={(e) => setChangedOnly(e.currentTarget.checked)} />
      </Group>
      <Text size="xs" c="dimmed">
        {axis === 'asOf' ? t('audit.state.asOfHelp') : t('audit.state.validAtHelp')}
      </Text>
      {!valid ? (
        <Text size="sm" c="dimmed">
          {t('audit.state.pickDate')}
        </Text>
      ) : (
        <QueryState query={now}>
          {(current) => (
            <QueryState query={then}>
              {(past) => {
                const rows = compareStates(past, current).filter((row) => !changedOnly || row.changed);
                return (
                  <>
                    {past === null && <Alert color="yellow">{t('audit.state.notYet', { date: formatDate(date) })}</Alert>}
                    <Table.ScrollContainer minWidth={560}>
                      <Table striped withTableBorder data-testid="state-comparison">
                        <Table.Thead>
                          <Table.Tr>
                            <Table.Th>{t('audit.state.field')}</Table.Th>
                            <Table.Th>{t(axis === 'asOf' ? 'audit.state.thenAsOf' : 'audit.state.thenValidAt', { date: formatDate(date) })}</Table.Th>
                            <Table.Th>{t('audit.state.today')}</Table.Th>
                          </Table.Tr>
                        </Table.Thead>
                        <Table.Tbody>
                          {rows.length === 0 && (
                            <Table.Tr>
                              <Table.Td colSpan={3}>{t('audit.state.noChange')}</Table.Td>
                            </Table.Tr>
                          )}
                          {rows.map((row) => (
                            <Table.Tr key={row.field} data-field={row.field} fw={row.changed ? 600 : undefined}>
                              <Table.Td style={{ overflowWrap: 'anywhere' }}>{row.field}</Table.Td>
                              <Table.Td style={{ overflowWrap: 'anywhere' }} data-testid="state-then">
                                {row.then}
                              </Table.Td>
                              <Table.Td style={{ overflowWrap: 'anywhere' }} data-testid="state-now">
                                {row.now}
                              </Table.Td>
                            </Table.Tr>
                          ))}
                        </Table.Tbody>
                      </Table>
                    </Table.ScrollContainer>
                  </>
                );
              }}
            </QueryState>
          )}
        </QueryState>
      )}
    </Stack>
  );
}
