/** The preferences form's values, the PUT body they make, and the API's problems as the form shows them. */
import { ZPreferencesUpdate, translateMessage, type TLocale, type TMailPreferences, type TPreferences, type TPreferencesUpdate } from '@sigap/shared';
import { isApiError } from '@/lib/api-client';

export interface PreferencesFormValues {
  locale: TLocale | '';
  mail: TMailPreferences;
}

export const toFormValues = (p: TPreferences): PreferencesFormValues => ({ locale: p.locale, mail: { ...p.mail } });

/** The PUT body, or which field is wrong (only the language can be: a radio left unset). */
export function preferencesBody(v: PreferencesFormValues): { ok: true; body: TPreferencesUpdate } | { ok: false; field: 'locale' } {
  const parsed = ZPreferencesUpdate.safeParse({ locale: v.locale, mail: v.mail });
  if (!parsed.success) return { ok: false, field: 'locale' };
  return { ok: true, body: parsed.data };
}

/**
 * A refused save: the message for the language field (path `locale`), and the others for above
 * the form (the problem's `detail` when there are no field errors; `fallback` for a network error
 * or a 5xx). Messages arrive in Indonesian; the shared catalogue's ones are shown in English too.
 */
export function saveErrorsOf(error: unknown, lang: 'id' | 'en', fallback: string): { locale?: string; loose: string[] } {
  if (isApiError(error) && error.errors.length) {
    const out: { locale?: string; loose: string[] } = { loose: [] };
    for (const { path, message } of error.errors) {
      const text = translateMessage(message, lang);
      if (path === 'locale') out.locale ??= text;
      else if (!out.loose.includes(text)) out.loose.push(text);
    }
    return out;
  }
  const detail = isApiError(error) && !error.isNetworkError && error.status < 500 ? error.detail : undefined;
  return { loose: [detail ? translateMessage(detail, lang) : fallback] };
}
