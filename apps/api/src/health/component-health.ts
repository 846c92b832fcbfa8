import { Logger } from '@nestjs/common';

/** One component's state for /health: what anyone may see, and the details only admins see. */
export interface ComponentHealth {
  up: boolean;
  /** Shown to every caller: status words and names, never error text. */
  summary: Record<string, unknown>;
  /** Shown to admins: messages, positions, lag. */
  details: Record<string, unknown>;
  /** Why it is down, for the log. */
  problem?: string;
  /** What must change for the problem to be logged again (default: its text; lag figures change on every poll). */
  problemKey?: string;
}

/**
 * Logs a component's problem when it appears or changes, not on every poll, so anonymous callers
 * lose nothing operators need (the text is in the log) and a probe every few seconds does not
 * flood it.
 */
export class ProblemLog {
  private last?: string;

  constructor(private readonly logger: Logger) {}

  note(health: ComponentHealth): ComponentHealth {
    const key = health.problem === undefined ? undefined : (health.problemKey ?? health.problem);
    if (key !== this.last) {
      if (health.problem) this.logger.warn(health.problem);
      else this.logger.log('recovered');
      this.last = key;
    }
    return health;
  }
}
