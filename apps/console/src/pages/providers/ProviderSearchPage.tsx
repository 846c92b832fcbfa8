import { Title } from '@mantine/core';

// Scaffold: replaced by the page itself.
export function ProviderSearchPage() {
  return <Title order={2}>ProviderSearchPage</Title>;
}
