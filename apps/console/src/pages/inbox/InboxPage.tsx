import { Title } from '@mantine/core';

// Scaffold: replaced by the page itself.
export function InboxPage() {
  return <Title order={2}>InboxPage</Title>;
}
