import { bulkStrings, infoField } from './raw-command';

describe('bulkStrings', () => {
  it('reads an array of bulk strings', () => {
    expect(bulkStrings('*2\r\n$3\r\ndir\r\n$15\r\n/var/lib/redis/\r\n')).toEqual(['dir', '/var/lib/redis/']);
  });
});

describe('infoField', () => {
  it('reads one field of an INFO reply', () => {
    const reply = '$44\r\n# Server\r\nredis_version:7.0.15\r\nprocess_id:4242\r\n\r\n';
    expect(infoField(reply, 'process_id')).toBe('4242');
    expect(infoField(reply, 'tcp_port')).toBeUndefined();
  });
});
