import { Decider, DomainCommand, DomainEvent, fold } from '../decider';
import { DomainError } from '../domain-errors';

/**
 * Specification-style tests for a decider:
 *   spec.given([...events]).when(command).then([...events])
 *   spec.given([...events]).when(command).thenThrows('CodeOfTheError')
 */
export function deciderSpec<S, C extends DomainCommand, E extends DomainEvent>(decider: Decider<S, C, E>) {
  return {
    given(history: E[]) {
      return {
        when(command: C) {
          const run = () => decider.decide(command, fold(decider, history));
          return {
            then(expected: E[]): void {
              expect(run()).toEqual(expected);
            },
            /** For events carrying derived values: assert on them with a callback. */
            thenEvents(check: (events: E[]) => void): void {
              check(run());
            },
            thenThrows(code: string, kind?: DomainError['kind']): void {
              let caught: unknown;
              try {
                run();
              } catch (error) {
                caught = error;
              }
              expect(caught).toBeInstanceOf(DomainError);
              expect((caught as DomainError).code).toBe(code);
              if (kind) expect((caught as DomainError).kind).toBe(kind);
            },
          };
        },
      };
    },
  };
}
