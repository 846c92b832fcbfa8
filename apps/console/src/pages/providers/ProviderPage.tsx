import { Title } from '@mantine/core';

// Scaffold: replaced by the page itself.
export function ProviderPage() {
  return <Title order={2}>ProviderPage</Title>;
}
