import { preferredLanguage } from './accept-language';

describe('preferredLanguage', () => {
  it('is English when the client states no preference, or one for neither language', () => {
    expect(preferredLanguage(undefined)).toBe('en');
    expect(preferredLanguage('')).toBe('en');
    expect(preferredLanguage('fr-FR, de;q=0.8')).toBe('en');
  });

  it('reads Indonesian in its regional and legacy tags', () => {
    expect(preferredLanguage('id')).toBe('id');
    expect(preferredLanguage('id-ID')).toBe('id');
    expect(preferredLanguage('in-ID')).toBe('id');
    expect(preferredLanguage('ID-id')).toBe('id');
  });

  it('honours q-values over the order they are listed in', () => {
    expect(preferredLanguage('en;q=0.4, id;q=0.9')).toBe('id');
    expect(preferredLanguage('id;q=0.4, en-GB;q=0.9')).toBe('en');
    expect(preferredLanguage('id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7')).toBe('id');
    expect(preferredLanguage('fr, id;q=0.2')).toBe('id');
  });

  it('breaks a tie by the order of the header', () => {
    expect(preferredLanguage('en, id')).toBe('en');
    expect(preferredLanguage('id, en')).toBe('id');
  });

  it('treats q=0 as a refusal and * as any language not named', () => {
    expect(preferredLanguage('id;q=0, *')).toBe('en');
    expect(preferredLanguage('en;q=0, *;q=0.5')).toBe('id');
    expect(preferredLanguage('*')).toBe('en');
    expect(preferredLanguage('*, id')).toBe('id');
  });

  it('ignores a range whose weight is malformed rather than guessing', () => {
    expect(preferredLanguage('id;q=high, en;q=0.1')).toBe('en');
    expect(preferredLanguage('id;q=2')).toBe('en');
  });

  it('reads a header sent more than once as one list', () => {
    expect(preferredLanguage(['en;q=0.1', 'id'])).toBe('id');
  });
});
