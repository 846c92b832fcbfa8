import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { enResources, idResources } from './resources';
import { currentLanguage, rememberLanguage, type Language } from './language';

/** Bahasa Indonesia first, English as a switch; every text on screen comes from id.ts / en.ts. */
export async function startI18n(): Promise<void> {
  await i18next.use(initReactI18next).init({
    lng: currentLanguage(),
    fallbackLng: 'id',
    resources: { id: { translation: idResources }, en: { translation: enResources } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = currentLanguage();
}

export async function switchLanguage(language: Language): Promise<void> {
  rememberLanguage(language);
  await i18next.changeLanguage(language);
}
