import { Client, type ClientConfig } from 'pg';

/** The channel every append notifies on commit; NOTIFY is scoped to the database. */
export const APPENDED_CHANNEL = 'event_store_appended';

/**
 * Wakes this process's subscriptions when any process appends: one LISTEN connection per
 * store, opened when the first subscription waits and reopened after it is lost. `count`
 * grows with every wake-up, so a subscription that read a page can tell whether an append
 * landed while it was reading, instead of sleeping through it.
 */
export class AppendSignals {
  private readonly listeners = new Set<() => void>();
  private client: Client | undefined;
  private connecting: Promise<void> | undefined;
  private closed = false;
  count = 0;

  constructor(private readonly config: ClientConfig) {}

  /** Calls `listener` on each append seen; returns the unsubscribe. */
  onAppend(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Every listener, now: an append by this process, or a notification from the server. */
  signal(): void {
    this.count++;
    for (const listener of [...this.listeners]) listener();
  }

  /**
   * Starts listening if not yet (or no longer) listening. Never throws: while the server is
   * unreachable, subscriptions still poll, and their page reads report the failure.
   */
  ensureListening(): Promise<void> {
    if (this.closed || this.client) return Promise.resolve();
    this.connecting ??= this.listen().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.listeners.clear();
    await this.connecting;
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const client = new Client(this.config);
    const drop = (): void => {
      if (this.client === client) this.client = undefined;
      void client.end().catch(() => undefined);
      // Whatever was appended while not listening is found by the next page read.
      this.signal();
    };
    client.on('error', drop);
    client.on('end', drop);
    client.on('notification', () => this.signal());
    try {
      await client.connect();
      await client.query(`LISTEN ${APPENDED_CHANNEL}`);
    } catch {
      client.removeAllListeners();
      client.on('error', () => undefined);
      await client.end().catch(() => undefined);
      return;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
  }
}
