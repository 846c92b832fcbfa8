/** The console's language: Bahasa Indonesia unless the user switched to English (kept per browser). */
export type Language = 'id' | 'en';
const KEY = 'console.language';

export function currentLanguage(): Language {
  return localStorage.getItem(KEY) === 'en' ? 'en' : 'id';
}

export function rememberLanguage(language: Language): void {
  localStorage.setItem(KEY, language);
  document.documentElement.lang = language;
}
