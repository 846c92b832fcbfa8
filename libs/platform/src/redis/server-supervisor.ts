/** A redis-server the supervisor watches: spawned by this process, or adopted from a dead owner. */
export interface RunningServer {
  pid: number;
  /** Settles (with how it ended) when the process is gone. */
  exited: Promise<string>;
  /** Graceful (the AOF is flushed), bounded. */
  stop(): Promise<void>;
}

export type SupervisorEvent =
  | { kind: 'exited'; pid: number; how: string }
  | { kind: 'restarted'; pid: number; url: string; moved: boolean }
  | { kind: 'restart-failed'; error: string; retryInMs: number };

export interface SupervisorOptions {
  /**
   * Starts a replacement; `attempt` counts from 1 within one outage. Aborting `signal` must
   * abandon a start in progress.
   */
  restart(signal: AbortSignal, attempt: number): Promise<RunningServer & { url: string; moved: boolean }>;
  onEvent?: (event: SupervisorEvent) => void;
  /** Longest pause between failed restarts. Default 2 s. */
  maxBackoffMs?: number;
}

export interface Supervisor {
  /** The server running now. */
  readonly current: RunningServer;
  /** Stops supervising, then the server (a restart in progress is abandoned). */
  stop(): Promise<void>;
}

/**
 * Keeps a server running: when it ends without being asked to, starts a replacement at once,
 * retrying with backoff while that fails. Clients see a short outage and reconnect.
 */
export function supervise(first: RunningServer, options: SupervisorOptions): Supervisor {
  const stopping = new AbortController();
  let current = first;
  const maxBackoffMs = options.maxBackoffMs ?? 2_000;

  const loop = (async () => {
    while (!stopping.signal.aborted) {
      const how = await current.exited;
      if (stopping.signal.aborted) return;
      options.onEvent?.({ kind: 'exited', pid: current.pid, how });
      let backoffMs = 50;
      for (let attempt = 1; ; attempt++) {
        try {
          const restarted = await options.restart(stopping.signal, attempt);
          current = restarted;
          options.onEvent?.({ kind: 'restarted', pid: restarted.pid, url: restarted.url, moved: restarted.moved });
          break;
        } catch (error) {
          if (stopping.signal.aborted) return;
          options.onEvent?.({ kind: 'restart-failed', error: (error as Error).message, retryInMs: backoffMs });
          await pause(backoffMs, stopping.signal);
          if (stopping.signal.aborted) return;
          backoffMs = Math.min(backoffMs * 2, maxBackoffMs);
        }
      }
    }
  })();

  return {
    get current() {
      return current;
    },
    async stop() {
      stopping.abort();
      // The loop may be waiting for this server to exit, or abandoning a restart, or (a race) have
      // just finished one: stop whatever runs before and after it ends.
      await current.stop();
      await loop;
      await current.stop();
    },
  };
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done);
  });
}
