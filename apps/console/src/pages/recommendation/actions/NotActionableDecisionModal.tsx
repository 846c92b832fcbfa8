import { useTranslation } from 'react-i18next';
import { api, data } from '../../../api/client';
import type { components } from '../../../api/schema';
import { formatDate } from '../../../i18n/format';
import { DecisionModal } from './DecisionModal';
import { filled } from './fields';

type NotActionableRequest = components['schemas']['NotActionableRequestView'];

/** Decides a pending request for tidak dapat ditindaklanjuti: accepting closes the recommendation; rejecting says what is still expected. */
export function NotActionableDecisionModal({ recommendationId, request, onClose, onDone }: { recommendationId: string; request: NotActionableRequest | null; onClose: () => void; onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  const path = { id: recommendationId };
  return (
    <DecisionModal
      opened={request !== null}
      onClose={onClose}
      onDone={onDone}
      title={t('recommendation.notActionable.title')}
      asked={
        request && (
          <>
            {t('recommendation.notActionable.asked', { on: formatDate(request.requestedOn) })}
            <br />
            {request.reason}
          </>
        )
      }
      labels={{
        decision: t('recommendation.notActionable.decision'),
        grant: t('recommendation.notActionable.accept'),
        refuse: t('recommendation.notActionable.reject'),
        grounds: t('recommendation.notActionable.grounds'),
        reason: t('recommendation.notActionable.reason'),
        submit: t('recommendation.notActionable.submit'),
      }}
      confirmation={(granted) => (granted ? t('recommendation.notActionable.confirmAccept') : t('recommendation.notActionable.confirmReject'))}
      send={({ granted, note, decidedOn }) =>
        granted
          ? data(api.POST('/v1/recommendations/{id}/not-actionable/accept', { params: { path }, body: filled({ note, acceptedOn: decidedOn }) }))
          : data(api.POST('/v1/recommendations/{id}/not-actionable/reject', { params: { path }, body: { note, ...filled({ rejectedOn: decidedOn }) } }))
      }
    />
  );
}
