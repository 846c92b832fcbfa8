import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@app/event-store';
import { newEvent } from '@app/event-store/contract';
import { EvidenceStaging, storedEvidenceOf } from './evidence-staging';
import { LocalEvidenceStore } from './local-evidence-store';

describe('EvidenceStaging: a refused request leaves no document behind', () => {
  let root: string;
  let evidence: LocalEvidenceStore;
  let events: SqliteEventStore;
  const doc = (text: string) => ({ content: Buffer.from(text), name: `${text}.pdf`, mediaType: 'application/pdf' });
  const keyOf = (d: { content: Buffer }) => storedEvidenceOf(d.content).storageKey;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'staging-'));
    evidence = new LocalEvidenceStore(root);
    events = new SqliteEventStore(':memory:');
  });
  afterEach(async () => {
    await events.close();
    await rm(root, { recursive: true, force: true });
  });

  it('knows where the store will put the bytes before storing them', async () => {
    const d = doc('sk-bupati');
    expect(await evidence.put(d.content, d)).toEqual(storedEvidenceOf(d.content));
  });

  it('removes what it stored and no event cites; keeps what was there before and what an event cites', async () => {
    const earlier = doc('cited-by-an-earlier-event');
    await evidence.put(earlier.content, earlier);
    const racing = doc('cited-by-a-concurrent-request');
    const own = doc('only-this-request');

    const staging = new EvidenceStaging(evidence, events);
    await staging.store([earlier, racing, own]);
    // Another request with the same bytes as `racing` got its fulfilment appended meanwhile.
    await events.append('obligation-x', [{ ...newEvent('ObligationFulfilled'), data: { evidence: [{ storageKey: keyOf(racing) }] } }], 'no_stream');
    await staging.discardUncited();

    expect(await evidence.exists(keyOf(earlier))).toBe(true);
    expect(await evidence.exists(keyOf(racing))).toBe(true);
    expect(await evidence.exists(keyOf(own))).toBe(false);
  });
});
