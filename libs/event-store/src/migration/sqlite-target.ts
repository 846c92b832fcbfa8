import type Database from 'better-sqlite3';
import type { RecordedEvent } from '../envelope';
import { openDatabase } from '../sqlite/schema';
import { SqliteEventStore } from '../sqlite/sqlite-event-store';
import type { SealedTarget } from './sealed-target';

/**
 * A SQLite file receiving sealed events at their source positions. AUTOINCREMENT then carries
 * on after the largest position, so appends made after the copy continue the log. IMMEDIATE
 * takes the write lock every writer takes, so a page is written whole or not at all.
 */
export class SqliteSealedTarget implements SealedTarget {
  readonly store: SqliteEventStore;
  private readonly db: Database.Database;
  private readonly insert: Database.Statement;

  constructor(readonly path: string) {
    this.store = new SqliteEventStore(path);
    this.db = openDatabase(path, 5000);
    this.insert = this.db.prepare(
      'INSERT INTO events (position, id, stream, revision, type, data, metadata) VALUES (@position, @id, @stream, @revision, @type, @data, @metadata)',
    );
  }

  get description(): string {
    return `SQLite file ${this.path}`;
  }

  async importSealed(events: RecordedEvent[]): Promise<void> {
    this.db
      .transaction(() => {
        for (const event of events) {
          this.insert.run({
            position: event.position,
            id: event.id,
            stream: event.stream,
            revision: event.revision,
            type: event.type,
            data: JSON.stringify(event.data),
            metadata: JSON.stringify(event.metadata),
          });
        }
      })
      .immediate();
  }

  async close(): Promise<void> {
    await this.store.close();
    if (this.db.open) this.db.close();
  }
}
