import { Accordion, Alert, Paper, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useProvider } from '../../liaison/provider';
import { ActionItemsPanel } from './ActionItemsPanel';
import { ExtensionForm } from './ExtensionForm';
import { FollowUpForm } from './FollowUpForm';
import { NotActionableForm } from './NotActionableForm';
import type { RecommendationView } from './command';

/**
 * What a pemda liaison does on a recommendation page: send the follow-up with its evidence, manage
 * the units' action items, ask for more time or for "tidak dapat ditindaklanjuti". The API decides
 * what each state allows; a refusal is shown in its words.
 */
export function LiaisonActions({ recommendation }: { recommendation: RecommendationView }) {
  const { t } = useTranslation();
  const provider = useProvider(recommendation.entityCode);
  if (!recommendation.open) {
    return <Alert color="gray">{t('liaison.actions.closed')}</Alert>;
  }
  const openItems = recommendation.actionItems.filter((a) => a.closed === null).length;
  return (
    <Paper withBorder p={{ base: 'xs', sm: 'md' }} component="section" aria-labelledby="liaison-actions">
      <Title order={3} id="liaison-actions" mb="sm">
        {t('liaison.actions.title')}
      </Title>
      <Accordion multiple defaultValue={['followUp']} variant="separated">
        <Accordion.Item value="followUp">
          <Accordion.Control>{t('liaison.actions.followUp')}</Accordion.Control>
          <Accordion.Panel>
            <FollowUpForm recommendation={recommendation} />
          </Accordion.Panel>
        </Accordion.Item>
        <Accordion.Item value="items">
          <Accordion.Control>{t('liaison.actions.items', { count: openItems })}</Accordion.Control>
          <Accordion.Panel>
            <ActionItemsPanel recommendation={recommendation} units={provider.data?.units ?? []} />
          </Accordion.Panel>
        </Accordion.Item>
        <Accordion.Item value="extension">
          <Accordion.Control>{t('liaison.actions.extension')}</Accordion.Control>
          <Accordion.Panel>
            <ExtensionForm recommendation={recommendation} />
          </Accordion.Panel>
        </Accordion.Item>
        <Accordion.Item value="notActionable">
          <Accordion.Control>{t('liaison.actions.notActionable')}</Accordion.Control>
          <Accordion.Panel>
            <NotActionableForm recommendation={recommendation} />
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
    </Paper>
  );
}
