import { matchesSearch, providerSearch, searchWords } from './provider-search';

const paser = { code: '64.01', name: 'Kabupaten Paser' };
const ppu = { code: '64.09', name: 'Kabupaten Penajam Paser Utara' };
const kemendagri = { code: 'K-KEMENDAGRI', name: 'Kementerian Dalam Negeri' };
const matches = (q: string, provider: { code: string; name: string }) => matchesSearch(providerSearch(q), provider);

describe('provider search', () => {
  it('splits text into lower-case words without accents', () => {
    expect(searchWords('  Kabupaten  PÁSER-utara ')).toEqual(['kabupaten', 'paser', 'utara']);
  });

  it('matches a word anywhere in the name, ignoring case', () => {
    expect(matches('paser', paser)).toBe(true);
    expect(matches('PASER', ppu)).toBe(true);
    expect(matches('pas', ppu)).toBe(true);
    expect(matches('paser', kemendagri)).toBe(false);
  });

  it('needs every word of q, in any order', () => {
    expect(matches('paser kab', paser)).toBe(true);
    expect(matches('paser utara', paser)).toBe(false);
    expect(matches('paser utara', ppu)).toBe(true);
  });

  it('matches codes as typed or word by word', () => {
    expect(matches('64.0', paser)).toBe(true);
    expect(matches('64.01', ppu)).toBe(false);
    expect(matches('kemendagri', kemendagri)).toBe(true);
    expect(matches('k-kemen', kemendagri)).toBe(true);
  });

  it('a q of punctuation only matches no name', () => {
    expect(matches('...', paser)).toBe(false);
  });
});
