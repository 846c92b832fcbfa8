import { Title } from '@mantine/core';

// Scaffold: replaced by the page itself.
export function OwedPage() {
  return <Title order={2}>OwedPage</Title>;
}
