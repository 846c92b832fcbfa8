import { supervise, type RunningServer, type SupervisorEvent } from './server-supervisor';

/** A server the test ends at will. */
function fakeServer(pid: number) {
  let end!: (how: string) => void;
  const exited = new Promise<string>((resolve) => (end = resolve));
  const server: RunningServer & { url: string; moved: boolean; stopped: boolean } = {
    pid,
    url: `redis://127.0.0.1:${6000 + pid}`,
    moved: false,
    stopped: false,
    exited,
    stop: async () => {
      server.stopped = true;
      end('stopped');
    },
  };
  return { server, die: (how = 'killed by SIGKILL') => end(how) };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('supervise', () => {
  it('starts a replacement when the server dies, and reports both', async () => {
    const first = fakeServer(1);
    const second = fakeServer(2);
    const events: SupervisorEvent[] = [];
    const supervisor = supervise(first.server, { restart: async () => second.server, onEvent: (e) => events.push(e) });
    first.die();
    await settle();
    expect(supervisor.current).toBe(second.server);
    expect(events).toEqual([
      { kind: 'exited', pid: 1, how: 'killed by SIGKILL' },
      { kind: 'restarted', pid: 2, url: second.server.url, moved: false },
    ]);
    await supervisor.stop();
    expect(second.server.stopped).toBe(true);
  });

  it('retries a failing restart, counting the attempts of the outage, with growing pauses', async () => {
    jest.useFakeTimers();
    try {
      const first = fakeServer(1);
      const replacement = fakeServer(2);
      const attempts: number[] = [];
      const events: SupervisorEvent[] = [];
      const supervisor = supervise(first.server, {
        restart: async (_signal, attempt) => {
          attempts.push(attempt);
          if (attempt < 3) throw new Error('Address already in use');
          return replacement.server;
        },
        onEvent: (e) => events.push(e),
      });
      first.die();
      await jest.advanceTimersByTimeAsync(50);
      await jest.advanceTimersByTimeAsync(100);
      expect(attempts).toEqual([1, 2, 3]);
      expect(events.filter((e) => e.kind === 'restart-failed')).toEqual([
        { kind: 'restart-failed', error: 'Address already in use', retryInMs: 50 },
        { kind: 'restart-failed', error: 'Address already in use', retryInMs: 100 },
      ]);
      expect(supervisor.current).toBe(replacement.server);
      await supervisor.stop();
    } finally {
      jest.useRealTimers();
    }
  });

  it('abandons a restart in progress when stopped, and stops a replacement that came up anyway', async () => {
    const first = fakeServer(1);
    const late = fakeServer(2);
    let started!: () => void;
    const restarting = new Promise<void>((resolve) => (started = resolve));
    const events: SupervisorEvent[] = [];
    const supervisor = supervise(first.server, {
      restart: async (signal) => {
        started();
        // A start that completes even though it was asked to abandon (the race the stop must survive).
        await new Promise((resolve) => signal.addEventListener('abort', resolve));
        return late.server;
      },
      onEvent: (e) => events.push(e),
    });
    first.die();
    await restarting;
    await supervisor.stop();
    expect(late.server.stopped).toBe(true);
    expect(events.map((e) => e.kind)).toEqual(['exited', 'restarted']);
  });
});
