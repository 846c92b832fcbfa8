import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, data } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { parseScore, type Assessment } from './assessment-form';

/**
 * "Koreksi": a new score with the reason, kept for ever beside the old one. The modal is the
 * confirmation: it says so before anything is sent, and the revision read guards against a
 * correction someone else made meanwhile (412).
 */
export function CorrectAssessmentModal({ assessment, opened, onClose, onSaved }: { assessment: Assessment; opened: boolean; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [score, setScore] = useState('');
  const [reason, setReason] = useState('');
  const [correctedOn, setCorrectedOn] = useState('');
  const value = parseScore(score);
  const correct = useMutation({
    mutationFn: () =>
      data(
        api.POST('/v1/assessments/{id}/correct', {
          params: { path: { id: assessment.id }, header: { 'If-Match': `"${assessment.revision}"` } },
          body: { score: value ?? Number.NaN, reason: reason.trim(), ...(correctedOn ? { correctedOn } : {}) },
        }),
      ),
    onSuccess: () => {
      setScore('');
      setReason('');
      setCorrectedOn('');
      onSaved();
    },
  });
  const complete = typeof value === 'number' && reason.trim() !== '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (complete) correct.mutate();
  };
  const close = () => {
    correct.reset();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('assessments.correct.title', { year: assessment.year })} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Alert color="yellow" variant="light">
            {t('assessments.correct.warning')}
          </Alert>
          <TextInput
            label={t('assessments.correct.score')}
            description={t('assessments.form.scoreHelp')}
            error={value === null ? t('assessments.form.scoreInvalid') : undefined}
            inputMode="decimal"
            value={score}
            onChange={(e) => setScore(e.currentTarget.value)}
            required
            data-autofocus
          />
          <Textarea label={t('assessments.correct.reason')} placeholder={t('assessments.correct.reasonHelp')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} maxLength={2000} autosize minRows={2} required />
          <TextInput type="date" label={t('assessments.correct.correctedOn')} description={t('assessments.form.publishedOnHelp')} value={correctedOn} onChange={(e) => setCorrectedOn(e.currentTarget.value)} />
          {correct.isError && <ProblemAlert error={correct.error} />}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close} disabled={correct.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" disabled={!complete} loading={correct.isPending}>
              {t('assessments.correct.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
