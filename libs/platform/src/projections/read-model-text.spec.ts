import { decodeHash, decodeReply, decodeText, encodeText } from './read-model-text';
import { encodeOp, op, type RedisArg } from './projection-op';
import { viewOf } from './read-model-view';

const LONE = ['\ud800', 'a\udfffb', 'Judul \ud83d', '\ude00\ud83d', '\ud800\ud800'];
const ORDINARY = ['', 'Provinsi Kalimantan Selatan', 'emoji \ud83d\ude00 pair', '"quoted" \\ back', 'a\u0000b', '\uffff'];

describe('read-model text encoding', () => {
  it.each(ORDINARY)('stores %j as is', (text) => {
    expect(encodeText(text)).toBe(text);
    expect(decodeText(text)).toBe(text);
  });

  it.each([...LONE, '\u0000', '\u0000"x"', '\u0000not json'])('round-trips %j through a form without lone surrogates', (text) => {
    const stored = encodeText(text);
    // No lone surrogate: JSON.stringify then writes no \ud800-style escape for cjson to refuse, and UTF-8 keeps it whole.
    expect(stored).not.toMatch(/[\ud800-\udfff]/u);
    expect(Buffer.from(stored, 'utf8').toString('utf8')).toBe(stored);
    expect(decodeText(stored)).toBe(text);
  });

  it('leaves a NUL-led value it did not produce unchanged', () => {
    expect(decodeText('\u0000not json')).toBe('\u0000not json');
    expect(decodeText('\u00001')).toBe('\u00001');
  });

  it('decodes every string of a reply, fields included', () => {
    const hash = { [encodeText('\ud800f')]: encodeText('v\udc00'), plain: 'x' };
    expect(decodeHash(hash)).toEqual({ '\ud800f': 'v\udc00', plain: 'x' });
    expect(decodeReply(hash)).toEqual({ '\ud800f': 'v\udc00', plain: 'x' });
    expect(decodeReply([encodeText('\ud800'), '1.5', null])).toEqual(['\ud800', '1.5', null]);
    expect(decodeReply(7)).toBe(7);
    expect(decodeHash(JSON.parse('{"__proto__":"p"}') as Record<string, string>)).toEqual(JSON.parse('{"__proto__":"p"}'));
  });

  it('is what projection writes store, and what views use to find keys', () => {
    const out: RedisArg[] = [];
    encodeOp('n:', op.hset('item:\ud800', { ['t\udbff']: 'T\ud800' }), out);
    encodeOp('n:', op.sadd('s', 'm\ud800'), out);
    expect(out).toEqual([4, 'hset', `n:${encodeText('item:\ud800')}`, encodeText('t\udbff'), encodeText('T\ud800'), 3, 'sadd', 'n:s', encodeText('m\ud800')]);
    expect(viewOf('x', 'g', 'n:', 0n).key('item:\ud800')).toBe(out[2]);
  });
});
