import { Title } from '@mantine/core';

// Scaffold: replaced by the page itself.
export function DashboardPage() {
  return <Title order={2}>DashboardPage</Title>;
}
