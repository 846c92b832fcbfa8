import { useState, type FormEvent } from 'react';
import { Alert, Button, Center, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, data } from '../api/client';
import { ProblemAlert } from '../components/ProblemAlert';
import { currentLanguage } from '../i18n/language';
import { session } from './session';
import { userManager } from './oidc';

/**
 * With an OIDC issuer configured: one button, the authorisation-code flow with PKCE.
 * Embedded mode: a token from `npm run token` pasted here, checked against the API before it is kept.
 */
export function SignInPage() {
  const { t } = useTranslation();
  const mode = useQuery({ queryKey: ['sign-in'], queryFn: () => data(api.GET('/v1/console/sign-in')) });
  const [token, setToken] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const oidc = mode.data?.mode === 'oidc' && mode.data.issuer && mode.data.clientId ? { issuer: mode.data.issuer, clientId: mode.data.clientId } : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setRefusal(null);
    // The refusal's detail is shown as it comes, so it is asked for in the console's language.
    const response = await fetch('/v1/me', { headers: { Authorization: `Bearer ${token.trim()}`, 'Accept-Language': currentLanguage() } }).catch(() => null);
    setBusy(false);
    if (!response) return setRefusal(t('common.error.network'));
    if (!response.ok) {
      const body = (await response.json().catch(() => ({}))) as { detail?: string };
      return setRefusal(t('shell.signIn.invalid', { reason: body.detail ?? response.statusText }));
    }
    session.signIn(token);
  };

  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={480}>
        <Stack>
          <Title order={1} size="h3">
            {t('common.appName')}
          </Title>
          <Text size="sm">{t('shell.signIn.intro')}</Text>
          {session.wasExpired() && <Alert color="yellow">{t('common.error.expired')}</Alert>}
          {mode.isError && <ProblemAlert error={mode.error} onRetry={() => void mode.refetch()} />}
          {oidc && (
            <Button onClick={() => void userManager(oidc.issuer, oidc.clientId).signinRedirect({ state: window.location.pathname })}>
              {t('shell.signIn.sso')}
            </Button>
          )}
          {mode.data?.mode === 'token' && (
            <form onSubmit={(e) => void submit(e)}>
              <Stack>
                <Textarea
                  label={t('shell.signIn.tokenLabel')}
                  description={t('shell.signIn.tokenHelp')}
                  value={token}
                  onChange={(e) => setToken(e.currentTarget.value)}
                  autosize
                  minRows={3}
                  required
                  autoFocus
                  name="token"
                  spellCheck={false}
                />
                {refusal && (
                  <Alert color="red" role="alert">
                    {refusal}
                  </Alert>
                )}
                <Button type="submit" loading={busy} disabled={token.trim() === ''}>
                  {t('shell.signIn.submit')}
                </Button>
              </Stack>
            </form>
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
