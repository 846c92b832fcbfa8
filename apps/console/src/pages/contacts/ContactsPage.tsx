import { Title } from '@mantine/core';

// Scaffold: replaced by the page itself.
export function ContactsPage() {
  return <Title order={2}>ContactsPage</Title>;
}
