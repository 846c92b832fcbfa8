import { useState } from 'react';
import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate, formatNumber } from '../../i18n/format';
import { downloadEvidence, type EvidenceFile } from './evidence';
import type { FollowUpView, RecommendationView } from './recommendation';

const VERDICT_COLOURS = { sesuai: 'green', belum_sesuai: 'orange' } as const;

/** A document's size as people say it (KB/MB), so a 40 MB scan is not a surprise on a phone. */
function size(bytes: number): string {
  return bytes >= 1_048_576 ? `${formatNumber(bytes / 1_048_576, 1)} MB` : `${formatNumber(Math.max(1, bytes / 1024))} KB`;
}

/** One stored document, opened with the token in a header (downloaded by the browser). */
export function EvidenceButton({ document }: { document: EvidenceFile & { size: number } }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const open = async () => {
    setBusy(true);
    setError(null);
    try {
      await downloadEvidence(document);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap={4}>
      <Button variant="light" size="xs" loading={busy} onClick={() => void open()} aria-label={t('recommendation.evidence.open', { name: document.name })} style={{ alignSelf: 'start', maxWidth: '100%' }}>
        <Text span size="xs" truncate>
          {document.name} · {size(document.size)}
        </Text>
      </Button>
      {error !== null && <ProblemAlert error={error} />}
    </Stack>
  );
}

/** The follow-ups with their evidence and verdicts; an officer verifies the ones still waiting. */
export function FollowUps({ recommendation, onVerify }: { recommendation: RecommendationView; onVerify?: (followUp: FollowUpView) => void }) {
  const { t } = useTranslation();
  const itemTitle = (itemId: string | null) => recommendation.actionItems.find((item) => item.itemId === itemId)?.title;
  return (
    <section aria-labelledby="follow-ups">
      <Title order={3} size="h4" id="follow-ups" mb="xs">
        {t('recommendation.followUps.title')}
      </Title>
      {recommendation.followUps.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('recommendation.followUps.none')}
        </Text>
      ) : (
        <Stack gap="sm">
          {recommendation.followUps.map((followUp) => (
            <Card key={followUp.followUpId} withBorder padding="sm" data-follow-up={followUp.followUpId}>
              <Stack gap="xs">
                <Group justify="space-between" align="start" wrap="wrap" gap="xs">
                  <Text size="sm" fw={500} style={{ flex: 1, minWidth: 200 }}>
                    {followUp.summary}
                  </Text>
                  {followUp.verification ? (
                    <Badge color={VERDICT_COLOURS[followUp.verification.verdict]}>{t(`common.status.${followUp.verification.verdict}`)}</Badge>
                  ) : (
                    <Badge color="blue" variant="light">
                      {t('common.status.menunggu_verifikasi')}
                    </Badge>
                  )}
                </Group>
                <Text size="xs" c="dimmed">
                  {t('recommendation.followUps.received', { date: formatDate(followUp.submittedOn), via: t(`recommendation.via.${followUp.receivedVia}`) })}
                  {followUp.letterNumber ? ` · ${t('recommendation.followUps.letter', { number: followUp.letterNumber })}` : ''}
                  {followUp.itemId ? ` · ${itemTitle(followUp.itemId) ?? followUp.itemId}` : ''}
                </Text>
                <Group gap="xs">
                  {followUp.evidence.map((document) => (
                    <EvidenceButton key={document.documentId} document={document} />
                  ))}
                </Group>
                {followUp.verification && (
                  <Text size="sm">
                    {t('recommendation.followUps.verified', { date: formatDate(followUp.verification.verifiedOn) })}: {followUp.verification.note}
                  </Text>
                )}
                {!followUp.verification && onVerify && (
                  <Button size="xs" onClick={() => onVerify(followUp)} style={{ alignSelf: 'start' }}>
                    {t('recommendation.verify.open')}
                  </Button>
                )}
              </Stack>
            </Card>
          ))}
        </Stack>
      )}
    </section>
  );
}
