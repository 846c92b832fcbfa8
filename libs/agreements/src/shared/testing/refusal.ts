import { DomainError } from '@app/kernel';

/** The DomainError a decision throws, for asserting on its fields. */
export function refusal(decision: () => unknown): DomainError {
  try {
    decision();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the decision to be refused');
}
