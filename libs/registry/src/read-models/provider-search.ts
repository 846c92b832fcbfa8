/**
 * How `q` matches a provider: case- and accent-insensitive, on name and code. Every word of q
 * must occur somewhere in the code or name ("paser" finds Kabupaten Paser and Kabupaten
 * Penajam Paser Utara; "kab paser" too), or q as typed occurs in the code ("64.0").
 */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

export interface ProviderSearch {
  raw: string;
  words: string[];
}

export const providerSearch = (q: string): ProviderSearch => ({ raw: q.trim().toLowerCase(), words: searchWords(q) });

export function matchesSearch(search: ProviderSearch, provider: { code: string; name: string }): boolean {
  if (search.raw.length > 0 && provider.code.toLowerCase().includes(search.raw)) return true;
  if (search.words.length === 0) return false;
  const haystack = [...searchWords(provider.code), ...searchWords(provider.name)].join(' ');
  return search.words.every((word) => haystack.includes(word));
}
