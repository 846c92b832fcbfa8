import { Container } from '@mantine/core';
import { useRouteError } from 'react-router';
import { ProblemAlert } from '../components/ProblemAlert';

/** A page that failed to load or render: say so and offer a reload, instead of a white screen. */
export function RouteError() {
  const error = useRouteError();
  return (
    <Container py="xl">
      <ProblemAlert error={error} onRetry={() => window.location.reload()} />
    </Container>
  );
}
