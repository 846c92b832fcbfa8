import { Title } from '@mantine/core';

// Scaffold: replaced by the page itself.
export function ObligationPage() {
  return <Title order={2}>ObligationPage</Title>;
}
