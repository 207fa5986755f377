/**
 * i18next setup. Indonesian is the first language and ships in the main bundle; English is fetched
 * on first use. The choice is kept in localStorage and mirrored on <html lang>.
 * Feature namespaces (e.g. `staf`) are registered by their own route chunk with `addNamespace`.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import id from '@/locales/id';

export const LANGUAGES = ['id', 'en'] as const;
export type TLanguage = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: TLanguage = 'id';

const STORAGE_KEY = 'sigap.lang';

const loaders: Record<TLanguage, () => Promise<{ default: Record<string, unknown> }>> = {
  id: () => Promise.resolve({ default: id }),
  en: () => import('@/locales/en'),
};

export function isLanguage(value: unknown): value is TLanguage {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function readStoredLanguage(): TLanguage {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    // Storage can be blocked (private mode, strict settings): fall back to the default.
    return DEFAULT_LANGUAGE;
  }
}

async function ensureLoaded(lng: TLanguage): Promise<void> {
  if (i18n.hasResourceBundle(lng, 'translation')) return;
  const { default: resources } = await loaders[lng]();
  i18n.addResourceBundle(lng, 'translation', resources, true, true);
}

export function currentLanguage(): TLanguage {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE;
}

export async function initI18n(): Promise<typeof i18n> {
  const lng = readStoredLanguage();
  i18n.on('languageChanged', (next) => {
    document.documentElement.lang = isLanguage(next) ? next : DEFAULT_LANGUAGE;
  });
  await i18n.use(initReactI18next).init({
    lng: DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES,
    resources: { id: { translation: id } },
    partialBundledLanguages: true,
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    // An intentionally empty string (e.g. `confidentiality.promiseTranslation` in Indonesian) is a value, not a missing key.
    returnEmptyString: true,
  });
  if (lng !== DEFAULT_LANGUAGE) await setLanguage(lng, { persist: false });
  document.documentElement.lang = currentLanguage();
  return i18n;
}

export async function setLanguage(lng: TLanguage, { persist = true } = {}): Promise<void> {
  await ensureLoaded(lng);
  await i18n.changeLanguage(lng);
  if (!persist) return;
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Not persisted; the choice still holds for this visit.
  }
}

/** Registers a feature's namespace in every language (called from the feature's lazy chunk). */
export function addNamespace(ns: string, bundles: Record<TLanguage, Record<string, unknown>>): void {
  for (const lng of LANGUAGES) {
    if (!i18n.hasResourceBundle(lng, ns)) i18n.addResourceBundle(lng, ns, bundles[lng], true, true);
  }
}

export { i18n };
