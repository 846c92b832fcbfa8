import { useState } from 'react';
import { Alert, Anchor, Button, Code, List, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { formatNumber } from '../../i18n/format';
import { verifyLog, verifyStream, type ChainVerdict } from './audit-api';
import { auditPath } from './audit-links';

/** Runs only when asked (it reads the whole stream or log), and again on each click. */
function useOnDemand<T>(key: unknown[], run: () => Promise<T>) {
  const [asked, setAsked] = useState(false);
  const query = useQuery({ queryKey: key, queryFn: run, enabled: asked, staleTime: 0, gcTime: 0 });
  const start = () => (asked ? void query.refetch() : setAsked(true));
  return { asked, query, start };
}

/** The stream's hash chain recomputed: intact, or the first event whose link does not hold, with what was expected and what was found. */
export function StreamChainCheck({ stream }: { stream: string }) {
  const { t } = useTranslation();
  const { asked, query, start } = useOnDemand(['audit', 'verify', stream], () => verifyStream(stream));
  return (
    <Stack gap="sm">
      <Button variant="light" onClick={start} loading={query.isFetching} style={{ alignSelf: 'start' }}>
        {t('audit.chain.verifyStream')}
      </Button>
      {asked && <QueryState query={query}>{(verdict) => <StreamVerdict verdict={verdict} />}</QueryState>}
    </Stack>
  );
}

function StreamVerdict({ verdict }: { verdict: ChainVerdict }) {
  const { t } = useTranslation();
  if (verdict.ok) {
    return (
      <Alert color="green" title={t('audit.chain.intact')} data-testid="chain-verdict" data-ok="true">
        {t('audit.chain.intactDetail', { count: verdict.events })}
      </Alert>
    );
  }
  const { brokenAt } = verdict;
  return (
    <Alert color="red" title={t('audit.chain.broken')} data-testid="chain-verdict" data-ok="false">
      <Stack gap="xs">
        <Text size="sm" data-testid="broken-at">
          {t('audit.chain.brokenAt', { revision: brokenAt.revision, eventId: brokenAt.eventId })}
        </Text>
        <Text size="sm">{t(`audit.chain.reason.${brokenAt.reason}`)}</Text>
        <Table.ScrollContainer minWidth={320}>
          <Table withTableBorder variant="vertical">
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={120}>{t('audit.chain.expected')}</Table.Th>
                <Table.Td>
                  <Code data-testid="chain-expected">{brokenAt.expected ?? 'null'}</Code>
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('audit.chain.found')}</Table.Th>
                <Table.Td>
                  <Code data-testid="chain-found">{brokenAt.actual ?? 'null'}</Code>
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Text size="sm">{t('audit.chain.brokenAdvice')}</Text>
      </Stack>
    </Alert>
  );
}

/** Every stream's chain in one pass over the log; each broken stream links to its own history. */
export function LogChainCheck() {
  const { t } = useTranslation();
  const { asked, query, start } = useOnDemand(['audit', 'verify-all'], verifyLog);
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('audit.chain.logIntro')}
      </Text>
      <Button variant="light" onClick={start} loading={query.isFetching} style={{ alignSelf: 'start' }}>
        {t('audit.chain.verifyLog')}
      </Button>
      {asked && (
        <QueryState query={query}>
          {(verdict) => (
            <Alert
              color={verdict.ok ? 'green' : 'red'}
              title={verdict.ok ? t('audit.chain.logIntact') : t('audit.chain.logBroken', { count: verdict.broken.length })}
              data-testid="log-verdict"
              data-ok={String(verdict.ok)}
            >
              <Text size="sm">{t('audit.chain.logCounts', { streams: formatNumber(verdict.streams), events: formatNumber(verdict.events), head: verdict.headPosition })}</Text>
              {!verdict.ok && (
                <List size="sm" mt="xs">
                  {verdict.broken.map((link) => (
                    <List.Item key={`${link.stream}@${link.revision}`}>
                      <Anchor component={Link} to={auditPath({ stream: link.stream })} size="sm">
                        {link.stream}
                      </Anchor>{' '}
                      — {t('audit.chain.logBrokenAt', { revision: link.revision, reason: link.reason })}
                    </List.Item>
                  ))}
                </List>
              )}
            </Alert>
          )}
        </QueryState>
      )}
    </Stack>
  );
}
