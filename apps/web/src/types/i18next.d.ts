import 'i18next';
import type id from '@/locales/id';
import type staf from '@/locales/id/staf';

// Typed keys: `t('landing.title')` is checked against the Indonesian catalogue.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof id;
      staf: typeof staf;
    };
  }
}
