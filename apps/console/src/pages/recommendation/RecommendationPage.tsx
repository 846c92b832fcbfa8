import { useMemo, useState } from 'react';
import { Anchor, Divider, Grid, Paper, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { homeOf } from '../../app/navigation';
import { useMe } from '../../auth/me';
import { QueryState } from '../../components/QueryState';
import { ActionItems } from './ActionItems';
import { VerifyFollowUpModal } from './actions/VerifyFollowUpModal';
import { Deliveries } from './Deliveries';
import { FollowUps } from './FollowUps';
import { LiaisonActions } from './liaison/LiaisonActions';
import { OfficerActions } from './OfficerActions';
import { RecommendationHeader } from './RecommendationHeader';
import { SuccessNote } from './SuccessNote';
import { Timeline } from './Timeline';
import { recommendationEvents } from './timelineEvents';
import { useRecommendation, useRefreshRecommendation, type FollowUpView, type RecommendationView } from './recommendation';

/** One recommendation: who must act by when, what they sent, what happened, who was told; and what the reader may do next. */
export function RecommendationPage() {
  const { id = '' } = useParams();
  const recommendation = useRecommendation(id);
  return <QueryState query={recommendation}>{(r) => <RecommendationRecord recommendation={r} />}</QueryState>;
}

function RecommendationRecord({ recommendation: r }: { recommendation: RecommendationView }) {
  const { t } = useTranslation();
  const me = useMe();
  const role = me.data?.role;
  const officer = role === 'officer' || role === 'admin';
  const refresh = useRefreshRecommendation(r.id);
  const [verifying, setVerifying] = useState<FollowUpView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const events = useMemo(() => recommendationEvents(t, r), [t, r]);
  // The note shows once the record is read again, so what it announces is already on screen.
  const done = async (message: string) => {
    await refresh();
    setNotice(message);
  };

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={role ? homeOf(role) : '/'} size="sm">
        ← {t('recommendation.back')}
      </Anchor>
      <RecommendationHeader recommendation={r} />
      <SuccessNote message={notice} onClose={() => setNotice(null)} />
      {officer && <OfficerActions recommendation={r} onDone={done} />}
      {role === 'liaison' && <LiaisonActions recommendation={r} />}
      <Divider />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="lg">
            <FollowUps recommendation={r} onVerify={officer && r.open ? setVerifying : undefined} />
            <ActionItems recommendation={r} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Paper withBorder p="md">
            <Timeline events={events} />
          </Paper>
        </Grid.Col>
      </Grid>
      <Deliveries deliveries={r.deliveries} zone={r.deadline.timeZone} />
      <VerifyFollowUpModal
        recommendationId={r.id}
        followUp={verifying}
        onClose={() => setVerifying(null)}
        onDone={async () => {
          await done(t('recommendation.verify.done'));
          setVerifying(null);
        }}
      />
    </Stack>
  );
}
