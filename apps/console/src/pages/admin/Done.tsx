import { Alert } from '@mantine/core';

/** Success feedback that a screen reader announces, and that stays until the next action replaces it. */
export function Done({ message, testId = 'done' }: { message: string | null; testId?: string }) {
  if (!message) return null;
  return (
    <Alert color="green" variant="light" aria-live="polite" role="note" data-testid={testId}>
      {message}
    </Alert>
  );
}
