import { Title } from '@mantine/core';

// Scaffold: replaced by the page itself.
export function DueSoonPage() {
  return <Title order={2}>DueSoonPage</Title>;
}
