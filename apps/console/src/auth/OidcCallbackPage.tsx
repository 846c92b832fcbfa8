import { useEffect, useState } from 'react';
import { Center, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, data } from '../api/client';
import { ProblemAlert } from '../components/ProblemAlert';
import { session } from './session';
import { userManager } from './oidc';

/**
 * The code in a callback URL is good for one exchange, and oidc-client-ts removes the stored
 * state as it starts one. An effect that runs again (React's StrictMode, a remount) must await the
 * exchange already under way rather than start a second one that can only fail.
 */
let exchange: { url: string; back: Promise<string> } | undefined;

function completeSignIn(url: string): Promise<string> {
  if (exchange?.url !== url) {
    exchange = {
      url,
      back: (async () => {
        const mode = await data(api.GET('/v1/console/sign-in'));
        if (mode.mode !== 'oidc' || !mode.issuer || !mode.clientId) throw new Error('OIDC is not configured');
        const user = await userManager(mode.issuer, mode.clientId).signinRedirectCallback(url);
        session.signIn(user.access_token);
        return typeof user.state === 'string' && user.state.startsWith('/') ? user.state : '/';
      })(),
    };
  }
  return exchange.back;
}

/** The issuer sends the browser back here with a one-time code; it is exchanged (PKCE) and dropped from the URL. */
export function OidcCallbackPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let cancelled = false;
    completeSignIn(window.location.href)
      .then((back) => {
        // `replace`: the code leaves the address bar and the history.
        if (!cancelled) navigate(back, { replace: true });
      })
      .catch((e: unknown) => {
        if (!cancelled) setError(e);
      });
    return () => {
      cancelled = true;
    };
  }, [navigate]);
  return (
    <Center mih="100vh" p="md">
      {error ? (
        <ProblemAlert error={error} onRetry={() => navigate('/', { replace: true })} />
      ) : (
        <Stack align="center">
          <Loader />
          <Text>{t('shell.signIn.callback')}</Text>
        </Stack>
      )}
    </Center>
  );
}
