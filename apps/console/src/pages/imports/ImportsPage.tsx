import { Title } from '@mantine/core';

// Scaffold: replaced by the page itself.
export function ImportsPage() {
  return <Title order={2}>ImportsPage</Title>;
}
