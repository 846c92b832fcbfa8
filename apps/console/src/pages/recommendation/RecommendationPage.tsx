import { Title } from '@mantine/core';

// Scaffold: replaced by the page itself.
export function RecommendationPage() {
  return <Title order={2}>RecommendationPage</Title>;
}
