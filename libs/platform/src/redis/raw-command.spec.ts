import { bulkStrings } from './raw-command';

describe('bulkStrings', () => {
  it('reads an array of bulk strings', () => {
    expect(bulkStrings('*2\r\n$3\r\ndir\r\n$15\r\n/var/lib/redis/\r\n')).toEqual(['dir', '/var/lib/redis/']);
  });
});
