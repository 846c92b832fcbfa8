import type Redis from 'ioredis';
import type { Actor } from '@app/kernel';
import { ManualClock } from '../clock';
import { ProblemException } from '../http';
import { ProjectionFault, type ProjectionAdmin, type ReadModelReader } from '../projections';
import { ReadModelGate } from './read-model-gate';

const auditor: Actor = { id: 'auditor-1', role: 'auditor' };

/** A gate whose replays fail the way a projection fails on an event it cannot fold. */
function gateWhoseReplayFaults(fault: Error): ReadModelGate {
  const admin = { replayInto: () => Promise.reject(fault) } as unknown as ProjectionAdmin;
  return new ReadModelGate({} as ReadModelReader, admin, {} as Redis, new ManualClock(new Date('2026-12-01T00:00:00Z')));
}

describe('ReadModelGate: a replay of the past on a projection that faults', () => {
  it('answers 503 ReadModelFaulted naming the position and type of the event, not a bare 500', async () => {
    const fault = new ProjectionFault('recommendations', 'boom', { position: 42n, type: 'RecommendationIssued', stream: 'recommendation-x', revision: 0 });
    const reading = gateWhoseReplayFaults(fault).read('recommendations', auditor, { asOf: new Date('2026-01-01T00:00:00Z') }, () => Promise.resolve('never'));
    const error = await reading.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProblemException);
    expect((error as ProblemException).problem).toMatchObject({ status: 503, code: 'ReadModelFaulted' });
    expect((error as ProblemException).problem.detail).toContain('position 42 (RecommendationIssued)');
  });

  it('lets any other failure through unchanged', async () => {
    const other = new Error('socket closed');
    const reading = gateWhoseReplayFaults(other).read('recommendations', auditor, { atPosition: 7n }, () => Promise.resolve('never'));
    await expect(reading).rejects.toBe(other);
  });
});
