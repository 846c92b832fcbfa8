import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, Checkbox, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useProviderLookup } from '../../api/provider-lookup';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, data } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ZoneBadge } from '../../components/StatusBadge';
import { formatNumber } from '../../i18n/format';
import { methodologyOf, useMethodologies } from '../providers/providers-api';
import { assessmentPath, lociOf, parseScore, type Assessment, type LocusRow } from './assessment-form';
import { LociFields } from './LociFields';

/**
 * An officer records a provider's compliance assessment for a year. The API grades it by that year's
 * methodology; the page then shows the category, zone and opinion it derived.
 */
export function AssessmentFormPage() {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [params] = useSearchParams();
  const [entityCode, setEntityCode] = useState(params.get('entity') ?? '');
  const [year, setYear] = useState('');
  const [score, setScore] = useState('');
  const [publishedOn, setPublishedOn] = useState('');
  const [withoutMaladministration, setWithoutMaladministration] = useState(false);
  const [loci, setLoci] = useState<LocusRow[]>([]);
  const [saved, setSaved] = useState<Assessment | null>(null);
  const code = entityCode.trim();
  const entity = useProviderLookup(code);
  const methodologies = useMethodologies();
  const yearNumber = /^\d{4}$/.test(year.trim()) ? Number(year.trim()) : null;
  const methodology = yearNumber !== null && methodologies.data ? methodologyOf(methodologies.data.methodologies, yearNumber) : undefined;
  const gap = yearNumber !== null ? methodologies.data?.gaps.find((g) => g.year === yearNumber) : undefined;
  const scoreValue = parseScore(score);

  const record = useMutation({
    mutationFn: async () => {
      const result = await data(
        api.POST('/v1/assessments', {
          body: {
            entityCode: code,
            year: yearNumber ?? Number.NaN,
            score: scoreValue ?? Number.NaN,
            loci: lociOf(loci),
            ...(publishedOn ? { publishedOn } : {}),
            ...(methodology?.opinionQualifier ? { withoutMaladministration } : {}),
          },
        }),
      );
      // Read back what the API derived (category, zone, opinion): it is graded there, never here.
      return data(api.GET('/v1/assessments/{id}', { params: { path: { id: result.id } } }));
    },
    onSuccess: async (assessment) => {
      setSaved(assessment);
      await queries.invalidateQueries({ queryKey: ['compliance'] });
      await queries.invalidateQueries({ queryKey: ['compliance-summary'] });
    },
  });
  const complete = code !== '' && yearNumber !== null && typeof scoreValue === 'number';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (complete) record.mutate();
  };
  const restart = () => {
    setSaved(null);
    setScore('');
    setYear('');
    setLoci([]);
    record.reset();
  };

  return (
    <Stack gap="md" maw={900}>
      <Stack gap={2}>
        <Title order={2}>{t('assessments.form.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('assessments.form.intro')}
        </Text>
      </Stack>
      {saved ? (
        <Alert color="green" role="status" aria-live="polite" title={t('assessments.form.saved', { year: saved.year, score: formatNumber(saved.score, 2) })} data-testid="success">
          <Stack gap="xs">
            <Group gap="xs">
              <ZoneBadge zone={saved.zone} category={saved.category ?? undefined} />
              {saved.opinion && <Text size="sm">{saved.opinion}</Text>}
            </Group>
            <Group gap="md">
              <Anchor component={Link} to={assessmentPath(saved.id)}>
                {t('assessments.form.open')}
              </Anchor>
              <Anchor component="button" type="button" onClick={restart}>
                {t('assessments.form.another')}
              </Anchor>
            </Group>
          </Stack>
        </Alert>
      ) : (
        <Paper withBorder p="md" component="form" onSubmit={submit} noValidate>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label={t('assessments.form.provider')}
                description={entity.data ? `${entity.data.name} · ${entity.data.timezone}` : t('assessments.form.providerHelp')}
                error={entity.isError ? t('assessments.form.providerUnknown') : undefined}
                value={entityCode}
                onChange={(e) => {
                  setEntityCode(e.currentTarget.value);
                  setLoci([]);
                }}
                required
              />
              <TextInput
                label={t('assessments.form.year')}
                description={gap ? t('assessments.form.noMethodology') : methodology ? t('assessments.form.methodology', { name: methodology.name }) : undefined}
                inputMode="numeric"
                maxLength={4}
                value={year}
                onChange={(e) => {
                  setYear(e.currentTarget.value);
                  // The refusal was about the year sent; once it changes, the alert no longer applies.
                  record.reset();
                }}
                required
              />
              <TextInput
                label={t('assessments.form.score')}
                description={t('assessments.form.scoreHelp')}
                error={scoreValue === null ? t('assessments.form.scoreInvalid') : undefined}
                inputMode="decimal"
                value={score}
                onChange={(e) => {
                  setScore(e.currentTarget.value);
                  record.reset();
                }}
                required
              />
              <TextInput type="date" label={t('assessments.form.publishedOn')} description={t('assessments.form.publishedOnHelp')} value={publishedOn} onChange={(e) => setPublishedOn(e.currentTarget.value)} />
            </SimpleGrid>
            {methodology?.opinionQualifier && (
              <Checkbox
                label={t('assessments.form.withoutMaladministration', { suffix: methodology.opinionQualifier.suffix })}
                checked={withoutMaladministration}
                onChange={(e) => setWithoutMaladministration(e.currentTarget.checked)}
              />
            )}
            <LociFields rows={loci} units={entity.data?.units ?? []} onChange={setLoci} />
            {record.isError && <ProblemAlert error={record.error} />}
            <Group justify="flex-end">
              <Button type="submit" disabled={!complete} loading={record.isPending}>
                {t('assessments.form.submit')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
