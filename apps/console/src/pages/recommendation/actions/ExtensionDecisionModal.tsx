import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, data } from '../../../api/client';
import type { components } from '../../../api/schema';
import { formatDate } from '../../../i18n/format';
import { DecisionModal } from './DecisionModal';
import { DateField, filled } from './fields';

type ExtensionRequest = components['schemas']['ExtensionRequestView'];

/** Decides a pending perpanjangan: approve (a new deadline version, the proposed date unless changed) or refuse with the reason. */
export function ExtensionDecisionModal({ recommendationId, request, onClose, onDone }: { recommendationId: string; request: ExtensionRequest | null; onClose: () => void; onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  const [dueOn, setDueOn] = useState('');
  const path = { id: recommendationId, requestId: request?.requestId ?? '' };
  return (
    <DecisionModal
      opened={request !== null}
      onClose={onClose}
      onDone={onDone}
      onReset={() => setDueOn('')}
      title={t('recommendation.extension.title')}
      asked={
        request && (
          <>
            {t('recommendation.extension.asked', { date: formatDate(request.proposedDueOn), on: formatDate(request.requestedOn) })}
            <br />
            {request.reason}
          </>
        )
      }
      labels={{
        decision: t('recommendation.extension.decision'),
        grant: t('recommendation.extension.approve'),
        refuse: t('recommendation.extension.refuse'),
        grounds: t('recommendation.extension.grounds'),
        reason: t('recommendation.extension.reason'),
        submit: t('recommendation.extension.submit'),
      }}
      confirmation={(granted) => (granted ? t('recommendation.extension.confirmApprove', { date: formatDate(dueOn || request?.proposedDueOn) }) : t('recommendation.extension.confirmRefuse'))}
      send={({ granted, note, decidedOn }) =>
        granted
          ? data(api.POST('/v1/recommendations/{id}/extensions/{requestId}/approve', { params: { path }, body: filled({ dueOn, note, approvedOn: decidedOn }) }))
          : data(api.POST('/v1/recommendations/{id}/extensions/{requestId}/refuse', { params: { path }, body: { note, ...filled({ refusedOn: decidedOn }) } }))
      }
      grantFields={
        <DateField label={t('recommendation.extension.newDueOn')} description={t('recommendation.extension.newDueOnHelp', { date: formatDate(request?.proposedDueOn) })} value={dueOn} onChange={setDueOn} />
      }
    />
  );
}
