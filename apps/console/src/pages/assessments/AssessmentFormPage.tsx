import { Title } from '@mantine/core';

// Scaffold: replaced by the page itself.
export function AssessmentFormPage() {
  return <Title order={2}>AssessmentFormPage</Title>;
}
