import { v5 as uuidv5 } from 'uuid';
import { eventIdFor, nameBasedId } from './event-ids';

const NAMESPACE = '6f1d3c2e-8a4b-5c7d-9e0f-1a2b3c4d5e6f';

/** Seeded, so a failure names the same text every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Any Unicode scalar value: ASCII, the rest of the BMP (surrogates skipped) and the astral planes. */
function text(next: () => number, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    const pick = next();
    const max = pick < 0.4 ? 0x80 : pick < 0.7 ? 0x10000 : 0x110000;
    let cp = Math.floor(next() * max);
    if (cp >= 0xd800 && cp <= 0xdfff) cp -= 0x800;
    out += String.fromCodePoint(cp);
  }
  return out;
}

describe('event ids', () => {
  // Stored events carry these ids and retried commands must find them: they may never change.
  it('derive the same UUIDs as ever from a command id and a name', () => {
    expect(eventIdFor('cmd-1', 0)).toBe('5b972d1a-9830-54c7-b04f-599d08b4d2c2');
    expect(nameBasedId('import:rekomendasi:{"a":1}')).toBe('76784407-9e27-5405-825b-eeaac62ac672');
  });

  it('are the uuid package v5 ids, bit for bit, for any text', () => {
    const next = random(12);
    const names = ['', 'a', 'é', '😀', '\u{10ffff}', '\0', 'Rekomendasi No. 7 — Kab. Paser', '日本語のテキスト'];
    for (let i = 0; i < 3000; i++) names.push(text(next, Math.floor(next() * 80)));
    // Long names, including either side of the length the reused buffer takes (a 3-byte character per unit).
    for (const length of [335, 336, 337, 338, 500, 1024, 5000]) names.push('ẞ'.repeat(length), 'x'.repeat(length), text(next, length));
    // A long name then a short one: nothing of the first may leak into the second.
    names.push('y'.repeat(2000), 'y', 'z'.repeat(300), 'z');
    for (const name of names) expect([name, nameBasedId(name)]).toEqual([name, uuidv5(name, NAMESPACE)]);
  });

  it('derive event ids as the uuid package did from the command id and index', () => {
    for (const [commandId, index] of [['cmd-1', 0], ['6f1d3c2e-8a4b-5c7d-9e0f-1a2b3c4d5e6f', 41], ['inbox:ü:😀', 3]] as const) {
      expect(eventIdFor(commandId, index)).toBe(uuidv5(`${commandId}/event/${index}`, NAMESPACE));
    }
  });

  it('refuse a name with a lone surrogate, as the uuid package does, rather than derive an id it never did', () => {
    for (const name of ['\ud800', 'a\udc00b', 'end\ud83d', '\ude00start']) {
      expect(() => uuidv5(name, NAMESPACE)).toThrow(URIError);
      expect(() => nameBasedId(name)).toThrow(URIError);
    }
  });

  it('are the same where Node has no one-shot hash (before 20.12) and the Hash object computes them', () => {
    const crypto = jest.requireActual<typeof import('node:crypto')>('node:crypto');
    const createHash = jest.fn(crypto.createHash);
    jest.isolateModules(() => {
      jest.doMock('node:crypto', () => ({ ...crypto, createHash, hash: undefined }));
      const fallback = jest.requireActual<typeof import('./event-ids')>('./event-ids');
      const next = random(7);
      for (let i = 0; i < 200; i++) {
        const name = text(next, Math.floor(next() * 400));
        expect(fallback.nameBasedId(name)).toBe(uuidv5(name, NAMESPACE));
      }
    });
    expect(createHash).toHaveBeenCalledTimes(200);
    jest.dontMock('node:crypto');
  });
});
