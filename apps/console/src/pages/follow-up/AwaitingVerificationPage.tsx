import { Title } from '@mantine/core';

// Scaffold: replaced by the page itself.
export function AwaitingVerificationPage() {
  return <Title order={2}>AwaitingVerificationPage</Title>;
}
