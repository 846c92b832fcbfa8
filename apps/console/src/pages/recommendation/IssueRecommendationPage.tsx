import { useState, type FormEvent } from 'react';
import { Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useProviderLookup } from '../../api/provider-lookup';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { api, data } from '../../api/client';
import type { components } from '../../api/schema';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate } from '../../i18n/format';
import { ConfirmModal } from './actions/ConfirmModal';
import { DateField } from './actions/fields';

type IssueRequest = components['schemas']['IssueRecommendationRequestDto'];
type Kind = IssueRequest['kind'];
type SourceType = IssueRequest['source']['type'];

const KINDS: Kind[] = ['saran_perbaikan', 'tindakan_korektif', 'rekomendasi'];
const SOURCES: SourceType[] = ['assessment', 'lahp', 'supervision', 'complaint'];

/** Issue a recommendation to a provider (or one of its units); the API derives the due date from the kind when none is given. */
export function IssueRecommendationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [entityCode, setEntityCode] = useState(params.get('entity') ?? '');
  const [unitId, setUnitId] = useState<string | null>(null);
  const [kind, setKind] = useState<Kind>('saran_perbaikan');
  const [sourceType, setSourceType] = useState<SourceType>('assessment');
  const [sourceRef, setSourceRef] = useState('');
  const [title, setTitle] = useState('');
  const [issuedOn, setIssuedOn] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [confirming, setConfirming] = useState(false);
  const code = entityCode.trim();
  const entity = useProviderLookup(code);
  const issue = useMutation({
    mutationFn: () =>
      data(
        api.POST('/v1/recommendations', {
          body: {
            entityCode: code,
            kind,
            source: { type: sourceType, ref: sourceRef.trim() },
            title: title.trim(),
            issuedOn,
            ...(unitId ? { unitId } : {}),
            ...(dueOn ? { dueOn } : {}),
          },
        }),
      ),
    onSuccess: (result) => navigate(`/rekomendasi/${encodeURIComponent(result.id)}`),
    onSettled: () => setConfirming(false),
  });
  const complete = code !== '' && sourceRef.trim() !== '' && title.trim() !== '' && issuedOn !== '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (complete) setConfirming(true);
  };

  return (
    <Stack gap="md" maw={900}>
      <Stack gap={2}>
        <Title order={2}>{t('recommendation.issue.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('recommendation.issue.intro')}
        </Text>
      </Stack>
      <Paper withBorder p="md" component="form" onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('recommendation.issue.provider')}
              description={entity.data ? `${entity.data.name} · ${entity.data.timezone}` : t('recommendation.issue.providerHelp')}
              error={entity.isError ? t('recommendation.issue.providerUnknown') : undefined}
              value={entityCode}
              onChange={(e) => {
                setEntityCode(e.currentTarget.value);
                setUnitId(null);
              }}
              required
            />
            <Select
              label={t('common.unit')}
              placeholder={t('recommendation.wholeProvider')}
              data={(entity.data?.units ?? []).map((unit) => ({ value: unit.unitId, label: unit.name }))}
              value={unitId}
              onChange={setUnitId}
              clearable
              disabled={!entity.data}
            />
            <Select
              label={t('recommendation.issue.kind')}
              data={KINDS.map((value) => ({ value, label: t(`common.kind.${value}`) }))}
              value={kind}
              onChange={(value) => setKind((value ?? 'saran_perbaikan') as Kind)}
              allowDeselect={false}
              required
            />
            <Select
              label={t('recommendation.source')}
              data={SOURCES.map((value) => ({ value, label: t(`recommendation.sourceType.${value}`) }))}
              value={sourceType}
              onChange={(value) => setSourceType((value ?? 'assessment') as SourceType)}
              allowDeselect={false}
              required
            />
          </SimpleGrid>
          <TextInput
            label={t('recommendation.issue.sourceRef')}
            description={sourceType === 'assessment' ? t('recommendation.issue.sourceRefAssessment', { code: code || '64.01' }) : t('recommendation.issue.sourceRefHelp')}
            value={sourceRef}
            onChange={(e) => setSourceRef(e.currentTarget.value)}
            required
          />
          <Textarea label={t('recommendation.issue.what')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} required autosize minRows={2} />
          <Group gap="sm" align="start" wrap="wrap">
            <DateField label={t('recommendation.issuedOn')} value={issuedOn} onChange={setIssuedOn} required />
            <DateField label={t('common.dueOn')} description={t('recommendation.issue.dueOnHelp')} value={dueOn} onChange={setDueOn} />
          </Group>
          {issue.isError && <ProblemAlert error={issue.error} />}
          <Group justify="flex-end">
            <Button type="submit" disabled={!complete} loading={issue.isPending}>
              {t('recommendation.issue.submit')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      <ConfirmModal
        opened={confirming}
        title={t('recommendation.issue.confirmTitle')}
        message={t('recommendation.issue.confirm', { provider: entity.data?.name ?? code, date: dueOn ? formatDate(dueOn) : t('recommendation.issue.byRule') })}
        busy={issue.isPending}
        onConfirm={() => issue.mutate()}
        onCancel={() => setConfirming(false)}
      />
    </Stack>
  );
}
