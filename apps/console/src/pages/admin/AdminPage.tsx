import { Title } from '@mantine/core';

// Scaffold: replaced by the page itself.
export function AdminPage() {
  return <Title order={2}>AdminPage</Title>;
}
