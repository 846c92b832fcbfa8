import type { BadRequestException } from '@nestjs/common';
import { decodeCursor, encodeCursor } from './page-cursor';
import { ReadMemo } from './read-memo';
import { calendarDate, integer, onlyKnown, oneOf } from './query-params';
import { readOptionsOf } from './read-options';
import { covers, readScopeOf, requireProvince } from './read-scope';

const problemOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as BadRequestException).getResponse();
  }
  throw new Error('expected a 400');
};

describe('Query parameters', () => {
  it('name the parameter as query.<name> with what is allowed', () => {
    expect(problemOf(() => integer({ year: '20x3' }, 'year', { min: 2000, max: 2100 }))).toMatchObject({
      errors: [{ field: 'query.year', allowed: 'an integer from 2000 to 2100' }],
    });
    expect(problemOf(() => oneOf({ zone: 'biru' }, 'zone', ['merah', 'kuning', 'hijau']))).toMatchObject({
      errors: [{ field: 'query.zone', allowed: ['merah', 'kuning', 'hijau'] }],
    });
    expect(problemOf(() => calendarDate({ dueBefore: '2025-02-30' }, 'dueBefore'))).toMatchObject({ errors: [{ field: 'query.dueBefore', allowed: 'YYYY-MM-DD' }] });
  });

  it('refuse unknown and repeated parameters', () => {
    expect(problemOf(() => onlyKnown({ yaer: '2023' }, ['year']))).toMatchObject({ errors: [{ field: 'query.yaer', allowed: ['year'] }] });
    expect(problemOf(() => oneOf({ zone: ['hijau', 'merah'] }, 'zone', ['hijau', 'merah']))).toMatchObject({ errors: [{ field: 'query.zone' }] });
  });

  it('read positions as bigints and asOf dates as the end of that day in WIB', () => {
    expect(readOptionsOf({ minPosition: '42', atPosition: '7', asOf: '2023-12-31' })).toEqual({ minPosition: 42n, atPosition: 7n, asOf: new Date('2023-12-31T16:59:59.999Z') });
    expect(problemOf(() => readOptionsOf({ minPosition: '-1' }))).toMatchObject({ errors: [{ field: 'query.minPosition' }] });
  });
});

describe('Cursors', () => {
  it('round-trip their sort key and refuse anything else', () => {
    const cursor = encodeCursor([1714000000000, 'recommendation-r1']);
    expect(decodeCursor(cursor, ['n', 's'])).toEqual([1714000000000, 'recommendation-r1']);
    expect(problemOf(() => decodeCursor('bm90LWEtY3Vyc29y', ['n', 's']))).toMatchObject({ errors: [{ field: 'query.cursor' }] });
    expect(problemOf(() => decodeCursor(encodeCursor(['x', 'y']), ['n', 's']))).toMatchObject({ errors: [{ field: 'query.cursor' }] });
  });
});

describe('Read scope', () => {
  const paser = { entityCode: '64.01', provinceCode: '64' };
  const kemendagri = { entityCode: 'K-KEMENDAGRI', provinceCode: null };

  it('auditors and admins see everything; officers their provinces (all with *); liaisons their provider', () => {
    expect(covers(readScopeOf({ id: 'a', role: 'auditor' }), kemendagri)).toBe(true);
    expect(covers(readScopeOf({ id: 'o', role: 'officer', provinces: ['64'] }), paser)).toBe(true);
    expect(covers(readScopeOf({ id: 'o', role: 'officer', provinces: ['63'] }), paser)).toBe(false);
    expect(covers(readScopeOf({ id: 'o', role: 'officer', provinces: ['64'] }), kemendagri)).toBe(false);
    expect(covers(readScopeOf({ id: 'o', role: 'officer', provinces: ['*'] }), kemendagri)).toBe(true);
    expect(covers(readScopeOf({ id: 'l', role: 'liaison', entityCode: '64.01' }), paser)).toBe(true);
    expect(covers(readScopeOf({ id: 'l', role: 'liaison', entityCode: '64.09' }), paser)).toBe(false);
  });

  it('refuses a province filter outside the scope, and any province filter to a liaison', () => {
    expect(() => requireProvince(readScopeOf({ id: 'o', role: 'officer', provinces: ['64'] }), '63')).toThrow(/outside your scope/);
    expect(() => requireProvince(readScopeOf({ id: 'l', role: 'liaison', entityCode: '64.01' }), '64')).toThrow(/outside your scope/);
    expect(() => requireProvince(readScopeOf({ id: 'o', role: 'officer', provinces: ['64'] }), '64')).not.toThrow();
  });
});

describe('ReadMemo', () => {
  it('forgets the oldest entry once full', () => {
    const memo = new ReadMemo(2);
    memo.set('a', 1);
    memo.set('b', 2);
    memo.set('c', 3);
    expect([memo.get('a'), memo.get('b'), memo.get('c')]).toEqual([undefined, 2, 3]);
  });
});
