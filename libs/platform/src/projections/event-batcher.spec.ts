import type { RecordedEvent } from '@app/event-store';
import { EventBatcher } from './event-batcher';

const event = (position: number): RecordedEvent => ({ position: BigInt(position) }) as RecordedEvent;

/** An async source whose events become available when the test says so. */
function controlledSource() {
  const ready: RecordedEvent[] = [];
  let wake: (() => void) | undefined;
  let ended = false;
  const iterator: AsyncIterator<RecordedEvent> = {
    async next() {
      while (ready.length === 0 && !ended) await new Promise<void>((resolve) => (wake = resolve));
      const value = ready.shift();
      return value ? { done: false, value } : { done: true, value: undefined };
    },
  };
  return {
    iterator,
    push(...positions: number[]) {
      ready.push(...positions.map(event));
      wake?.();
    },
    end() {
      ended = true;
      wake?.();
    },
  };
}

const positions = (batch: RecordedEvent[] | null) => batch?.map((e) => Number(e.position)) ?? null;

describe('EventBatcher', () => {
  it('takes everything already available, up to the maximum, without waiting for more', async () => {
    const source = controlledSource();
    const batcher = new EventBatcher(source.iterator, 3);
    source.push(1, 2, 3, 4, 5);
    expect(positions(await batcher.next())).toEqual([1, 2, 3]);
    expect(positions(await batcher.next())).toEqual([4, 5]);

    const waiting = batcher.next();
    setTimeout(() => source.push(6), 20);
    expect(positions(await waiting)).toEqual([6]);
  });

  it('keeps a read that lost the race for the next batch, and ends with null', async () => {
    const source = controlledSource();
    const batcher = new EventBatcher(source.iterator, 10);
    source.push(1);
    expect(positions(await batcher.next())).toEqual([1]);
    source.push(2, 3);
    expect(positions(await batcher.next())).toEqual([2, 3]);
    source.end();
    expect(await batcher.next()).toBeNull();
    expect(await batcher.next()).toBeNull();
  });

  it('reads a synchronous-ish generator in full batches', async () => {
    async function* generate() {
      for (let i = 1; i <= 1_200; i++) yield event(i);
    }
    const batcher = new EventBatcher(generate(), 500);
    const sizes: number[] = [];
    for (let batch = await batcher.next(); batch; batch = await batcher.next()) sizes.push(batch.length);
    expect(sizes).toEqual([500, 500, 200]);
  });
});
