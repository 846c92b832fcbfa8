import 'i18next';
import type { idResources } from './resources';

// t('common.status.sesuai') is checked against the Indonesian texts: a missing key fails the type-check.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof idResources };
  }
}
