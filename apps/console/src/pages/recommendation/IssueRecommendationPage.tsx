import { Title } from '@mantine/core';

// Scaffold: replaced by the page itself.
export function IssueRecommendationPage() {
  return <Title order={2}>IssueRecommendationPage</Title>;
}
