import { Title } from '@mantine/core';

// Scaffold: replaced by the page itself.
export function AssessmentPage() {
  return <Title order={2}>AssessmentPage</Title>;
}
