import type { RecordedEvent } from '../envelope';
import type { Upcaster } from './upcaster';

/**
 * The upcasters of every event type. Stored events are never rewritten: old versions are
 * brought to the current shape on read, so deciders and projections see one shape per type.
 */
export class UpcasterRegistry {
  private readonly byType = new Map<string, Map<number, Upcaster>>();

  register(...upcasters: Upcaster[]): this {
    for (const upcaster of upcasters) {
      if (!Number.isSafeInteger(upcaster.fromVersion) || upcaster.fromVersion < 1) {
        throw new Error(`Upcaster for ${upcaster.type}: fromVersion must be an integer >= 1, got ${upcaster.fromVersion}`);
      }
      const steps = this.byType.get(upcaster.type) ?? new Map<number, Upcaster>();
      if (steps.has(upcaster.fromVersion)) {
        throw new Error(`Upcaster for ${upcaster.type} v${upcaster.fromVersion} is already registered`);
      }
      steps.set(upcaster.fromVersion, upcaster);
      this.byType.set(upcaster.type, steps);
    }
    return this;
  }

  /** The version writers stamp on new events: one past the newest upcaster, 1 without any. */
  currentVersion(type: string): number {
    const steps = this.byType.get(type);
    return steps ? Math.max(...steps.keys()) + 1 : 1;
  }

  /**
   * The event with its data at the current version and `metadata.schemaVersion` set to it.
   * `prevHash` and `hash` stay as stored: verify the chain over raw reads, not upcast ones.
   */
  upcast(event: RecordedEvent): RecordedEvent {
    const current = this.currentVersion(event.type);
    let version = event.metadata.schemaVersion;
    if (version === current) return event;
    if (version > current) {
      throw new Error(`${event.stream}@${event.revision}: ${event.type} v${version} is newer than this build knows (v${current})`);
    }
    // A clone, so a careless upcaster cannot alter the event it was given.
    let data = structuredClone(event.data);
    for (; version < current; version++) {
      const step = this.byType.get(event.type)?.get(version);
      if (!step) {
        throw new Error(`${event.stream}@${event.revision}: no upcaster registered for ${event.type} v${version} → v${version + 1}`);
      }
      data = step.upcast(data);
    }
    return { ...event, data, metadata: { ...event.metadata, schemaVersion: current } };
  }
}
