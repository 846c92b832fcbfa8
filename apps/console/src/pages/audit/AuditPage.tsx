import { Title } from '@mantine/core';

// Scaffold: replaced by the page itself.
export function AuditPage() {
  return <Title order={2}>AuditPage</Title>;
}
