import { encodeText } from '@app/platform/projections';
import { PACK_HASHES_FROM, pipelined, type RedisCommand } from '@app/platform/read-query';
import type { RedisClient } from '@app/platform/redis';
import { REDIS_TOPOLOGIES, type RedisTopology } from '../support/redis-topologies';

/**
 * `pipelined` sends many HGETALLs as one script with a JSON reply. Whatever it packs must answer
 * exactly as the commands sent one by one: same order among the other commands, same decoding of
 * the text projections store (including the NUL-escaped form of a lone surrogate), same empty
 * answer for a missing key, same refusal for a key of another type.
 */
describe.each(REDIS_TOPOLOGIES)('Pipelined reads on $name', ({ start }) => {
  let topology: RedisTopology;
  let redis: RedisClient;
  // One hash tag, as a read model's keys have: on a cluster a pipeline's keys share a slot.
  const key = (name: string) => `pipelined:{rm}:${name}`;
  const texts: Record<string, string> = {
    plain: 'Dinas Penanaman Modal dan PTSP',
    emoji: 'tindak lanjut ✅ 𝒮',
    quotes: 'kata "sesuai" \\ / \n\t tab',
    lone: 'setengah \ud800 pasangan',
    nul: '\u0000diawali NUL',
    empty: '',
  };

  beforeAll(async () => {
    topology = await start();
    redis = topology.client();
    for (let i = 0; i < PACK_HASHES_FROM + 4; i++) {
      const fields: Record<string, string> = { index: String(i), __proto__field: 'x' };
      for (const [name, text] of Object.entries(texts)) fields[encodeText(`${name}-${i % 2 ? text : 'a'}`)] = encodeText(text);
      await redis.hset(key(`hash:${i}`), fields);
    }
    await redis.hset(key('proto'), '__proto__', 'a field, not a prototype');
    await redis.sadd(key('set'), 'a', 'b');
    await redis.set(key('string'), 'not a hash');
  }, 60_000);

  afterAll(async () => {
    await redis?.quit();
    await topology?.stop();
  });

  /** The same commands, each in a round trip of its own: too few HGETALLs to be packed. */
  const oneByOne = async (commands: RedisCommand[]) => (await Promise.all(commands.map((command) => pipelined(redis, [command])))).map(([reply]) => reply);

  it('answers packed HGETALLs exactly as one by one, in their places among the other commands', async () => {
    const commands: RedisCommand[] = [
      ['smismember', key('set'), 'a', 'z'],
      ...Array.from({ length: PACK_HASHES_FROM + 4 }, (_, i): RedisCommand => ['hgetall', key(`hash:${i}`)]),
      ['hget', key('hash:1'), encodeText(`lone-${texts.lone}`)],
      ['hgetall', key('missing')],
      ['hgetall', key('proto')],
      ['get', key('string')],
    ];
    const packed = await pipelined(redis, commands);
    expect(packed).toEqual(await oneByOne(commands));
    expect(packed[0]).toEqual([1, 0]);
    expect(packed[2]).toMatchObject({ index: '1', 'lone-setengah \ud800 pasangan': texts.lone, 'emoji-tindak lanjut ✅ 𝒮': texts.emoji, 'nul-\u0000diawali NUL': texts.nul });
    expect(packed[PACK_HASHES_FROM + 6]).toEqual({});
    const proto = packed[PACK_HASHES_FROM + 7] as Record<string, string>;
    expect(Object.getPrototypeOf(proto)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(proto, '__proto__')?.value).toBe('a field, not a prototype');
    expect(packed[PACK_HASHES_FROM + 5]).toBe(texts.lone);
    expect(packed[PACK_HASHES_FROM + 8]).toBe('not a hash');
  });

  it('packs a run of HGETALLs only', async () => {
    const keys = Array.from({ length: PACK_HASHES_FROM }, (_, i) => key(`hash:${i}`));
    const replies = (await pipelined(redis, keys.map((k): RedisCommand => ['hgetall', k]))) as Array<Record<string, string>>;
    expect(replies.map((hash) => hash.index)).toEqual(keys.map((_, i) => String(i)));
    expect(replies).toEqual(await oneByOne(keys.map((k): RedisCommand => ['hgetall', k])));
  });

  it('refuses a key of another type among packed HGETALLs, as one by one', async () => {
    const commands = [...Array.from({ length: PACK_HASHES_FROM }, (_, i): RedisCommand => ['hgetall', key(`hash:${i}`)]), ['hgetall', key('string')] as RedisCommand];
    await expect(pipelined(redis, commands)).rejects.toThrow(/WRONGTYPE/);
    await expect(pipelined(redis, [['hgetall', key('string')]])).rejects.toThrow(/WRONGTYPE/);
  });
});
