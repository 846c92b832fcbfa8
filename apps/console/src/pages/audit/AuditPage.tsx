import { Anchor, Card, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { auditPath } from './audit-links';
import { LogChainCheck, StreamChainCheck } from './ChainCheck';
import { ProviderTimeline } from './ProviderTimeline';
import { canReadPastState, splitStream } from './record-state';
import { RecordPicker, type RecordKind } from './RecordPicker';
import { StateComparison } from './StateComparison';
import { StreamTimeline } from './StreamTimeline';

type View = 'history' | 'state' | 'chain';

/**
 * The auditor's desk: a record's history as stored, its state on a past date beside today's, and
 * the hash chain checked. Everything is in the address (/audit?stream=…&view=…), so a finding can be shared as a link.
 */
export function AuditPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const stream = params.get('stream') ?? '';
  const provider = params.get('provider') ?? '';
  const view = (params.get('view') as View | null) ?? 'history';
  const initial = pickerValue(stream, provider);

  const pick = (kind: RecordKind, value: string) => {
    if (kind === 'provider') setParams({ provider: value });
    else setParams({ stream: kind === 'recommendation' ? `recommendation-${value}` : value });
  };

  return (
    <Stack gap="md">
      <Title order={2}>{t('audit.title')}</Title>
      <Card withBorder>
        <RecordPicker key={`${initial.kind}:${initial.value}`} initial={initial} onPick={pick} />
      </Card>
      {stream && (
        <Card withBorder>
          <Stack gap="sm">
            <Title order={3} size="h4" style={{ overflowWrap: 'anywhere' }} data-testid="audit-stream">
              {stream}
            </Title>
            <Tabs value={view} onChange={(next) => setParams({ stream, view: next ?? 'history' })} keepMounted={false}>
              <Tabs.List>
                <Tabs.Tab value="history">{t('audit.tabs.history')}</Tabs.Tab>
                {canReadPastState(stream) && <Tabs.Tab value="state">{t('audit.tabs.state')}</Tabs.Tab>}
                <Tabs.Tab value="chain">{t('audit.tabs.chain')}</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="history" pt="md">
                <StreamTimeline stream={stream} />
              </Tabs.Panel>
              <Tabs.Panel value="state" pt="md">
                {canReadPastState(stream) && <StateComparison stream={stream} />}
              </Tabs.Panel>
              <Tabs.Panel value="chain" pt="md">
                <StreamChainCheck stream={stream} />
              </Tabs.Panel>
            </Tabs>
          </Stack>
        </Card>
      )}
      {provider && (
        <Card withBorder>
          <Stack gap="sm">
            <Title order={3} size="h4">
              {t('audit.provider.title', { code: provider })}
            </Title>
            <Text size="sm">
              <Anchor component={Link} to={auditPath({ stream: `entity-${provider}` })}>
                {t('audit.provider.ownStream')}
              </Anchor>
            </Text>
            <ProviderTimeline code={provider} />
          </Stack>
        </Card>
      )}
      <Card withBorder>
        <Stack gap="xs">
          <Title order={3} size="h4">
            {t('audit.chain.logTitle')}
          </Title>
          <LogChainCheck />
        </Stack>
      </Card>
    </Stack>
  );
}

function pickerValue(stream: string, provider: string): { kind: RecordKind; value: string } {
  if (provider) return { kind: 'provider', value: provider };
  if (!stream) return { kind: 'recommendation', value: '' };
  const { category, id } = splitStream(stream);
  return category === 'recommendation' ? { kind: 'recommendation', value: id } : { kind: 'stream', value: stream };
}
