import { Title } from '@mantine/core';

// Scaffold: replaced by the page itself.
export function OverduePage() {
  return <Title order={2}>OverduePage</Title>;
}
