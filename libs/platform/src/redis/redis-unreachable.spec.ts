import { isRedisUnreachable, RedisUnreachable } from './redis-unreachable';

describe('isRedisUnreachable', () => {
  it('recognises what the client rejects commands with while Redis is gone or hangs', () => {
    const maxRetries = Object.assign(new Error('Reached the max retries per request limit (which is 0).'), { name: 'MaxRetriesPerRequestError' });
    for (const error of [maxRetries, new Error('Command timed out'), new Error('Connection is closed.'), new RedisUnreachable('reconnecting')]) {
      expect([error.message, isRedisUnreachable(error)]).toEqual([error.message, true]);
    }
  });

  it('leaves other errors (a bad command, a script error, anything else) alone', () => {
    for (const error of [new Error('ERR unknown command'), new Error('NOSCRIPT No matching script'), 'Connection is closed.', undefined]) {
      expect(isRedisUnreachable(error)).toBe(false);
    }
  });
});
