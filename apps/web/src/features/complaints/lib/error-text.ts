/**
 * Field messages come in two kinds: the shared schema's and the API's (Indonesian text, which
 * `translateMessage` turns into English), and this app's own, carried as `i18n:<catalogue key>`.
 * They are kept as given and translated when shown, so switching language re-words the errors on screen.
 */
import { translateMessage } from '@sigap/shared';
import type { TFunction } from '@/lib/i18n';

const PREFIX = 'i18n:';

export function i18nMessage(key: string): string {
  return `${PREFIX}${key}`;
}

export function errorText(message: string | undefined, t: TFunction, lng: string): string {
  if (!message) return '';
  if (message.startsWith(PREFIX)) return t(message.slice(PREFIX.length) as never) as string;
  return translateMessage(message, lng === 'en' ? 'en' : 'id');
}
