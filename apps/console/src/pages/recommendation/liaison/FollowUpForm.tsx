import { useState, type FormEvent } from 'react';
import { Alert, Button, Select, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api, data } from '../../../api/client';
import { EvidenceDropzone, useEvidenceUploads } from '../../../components/EvidenceDropzone';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { fieldError } from '../../liaison/field-errors';
import { useRecommendationCommand, type RecommendationView } from './command';

/** The follow-up: what was done, for the whole recommendation or one action item, with the uploaded documents as evidence. */
export function FollowUpForm({ recommendation }: { recommendation: RecommendationView }) {
  const { t } = useTranslation();
  const uploads = useEvidenceUploads(recommendation.entityCode);
  const [summary, setSummary] = useState('');
  const [itemId, setItemId] = useState<string | null>(null);
  const [missing, setMissing] = useState<{ summary?: string; documents?: string }>({});
  const [sent, setSent] = useState(false);
  const submit = useRecommendationCommand(() =>
    data(
      api.POST('/v1/recommendations/{id}/follow-ups', {
        params: { path: { id: recommendation.id } },
        body: { summary: summary.trim(), ...(itemId ? { itemId } : {}), documents: uploads.documents.map((d) => ({ documentId: d.documentId })) },
      }),
    ),
  );
  const openItems = recommendation.actionItems.filter((a) => a.closed === null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSent(false);
    const problems = {
      summary: summary.trim() ? undefined : t('liaison.followUp.summaryRequired'),
      documents: uploads.documents.length > 0 ? undefined : t('liaison.followUp.evidenceRequired'),
    };
    setMissing(problems);
    if (problems.summary || problems.documents) return;
    submit.mutate(undefined, {
      onSuccess: () => {
        setSummary('');
        setItemId(null);
        uploads.clear();
        setSent(true);
      },
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <Textarea
          label={t('liaison.followUp.summary')}
          description={t('liaison.followUp.summaryHelp')}
          value={summary}
          onChange={(e) => setSummary(e.currentTarget.value)}
          error={missing.summary ?? fieldError(submit.error, 'summary')}
          autosize
          minRows={3}
          maxLength={4000}
          required
        />
        {openItems.length > 0 && (
          <Select
            label={t('liaison.followUp.item')}
            placeholder={t('liaison.followUp.wholeRecommendation')}
            data={openItems.map((a) => ({ value: a.itemId, label: a.title }))}
            value={itemId}
            onChange={setItemId}
            error={fieldError(submit.error, 'itemId')}
            clearable
          />
        )}
        <div>
          <Text size="sm" fw={500} mb={4}>
            {t('liaison.followUp.evidence')}
          </Text>
          <EvidenceDropzone uploads={uploads} />
          {(missing.documents ?? fieldError(submit.error, 'documents')) && (
            <Text size="sm" c="red" mt={4} role="alert">
              {missing.documents ?? fieldError(submit.error, 'documents')}
            </Text>
          )}
        </div>
        {submit.isError && <ProblemAlert error={submit.error} />}
        {sent && (
          <Alert color="green" data-testid="follow-up-sent">
            {t('liaison.followUp.sent')}
          </Alert>
        )}
        <Button type="submit" loading={submit.isPending} disabled={uploads.busy} style={{ alignSelf: 'start' }}>
          {uploads.busy ? t('liaison.followUp.waitUploads') : t('liaison.followUp.submit')}
        </Button>
      </Stack>
    </form>
  );
}
