import { Center } from '@mantine/core';
import { useMe } from '../auth/me';
import { useToken } from '../auth/session';
import { SignInPage } from '../auth/SignInPage';
import { QueryState } from '../components/QueryState';
import { Layout } from './Layout';

/** Every page but sign-in: without a token the sign-in form shows in place, so a deep link survives it. */
export function SignedIn() {
  const token = useToken();
  const me = useMe();
  if (!token) return <SignInPage />;
  return (
    <QueryState query={me}>
      {(actor) => (actor ? <Layout me={actor} /> : <Center />)}
    </QueryState>
  );
}
