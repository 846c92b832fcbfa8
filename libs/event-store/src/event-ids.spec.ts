import { eventIdFor, nameBasedId } from './event-ids';

describe('event ids', () => {
  // Stored events carry these ids and retried commands must find them: they may never change.
  it('derive the same UUIDs as ever from a command id and a name', () => {
    expect(eventIdFor('cmd-1', 0)).toBe('5b972d1a-9830-54c7-b04f-599d08b4d2c2');
    expect(nameBasedId('import:rekomendasi:{"a":1}')).toBe('76784407-9e27-5405-825b-eeaac62ac672');
  });
});
