/** Words and times as the staff screens show them: WIB, working durations, step and role names. */
import { formatWorkingDuration, ROLE_LABELS, STEP_LABELS, type TRole, type TStep } from '@sigap/shared';

export type Lang = 'id' | 'en';

export const asLang = (lng: string | undefined): Lang => (lng === 'en' ? 'en' : 'id');

const locale = (lang: Lang) => (lang === 'id' ? 'id-ID' : 'en-GB');

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
function fmt(lang: Lang, kind: 'dateTime' | 'date'): Intl.DateTimeFormat {
  const key = `${lang}:${kind}`;
  let f = dateTimeFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale(lang), {
      timeZone: 'Asia/Jakarta',
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      ...(kind === 'dateTime' ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
    });
    dateTimeFormats.set(key, f);
  }
  return f;
}

/** "Jum, 27 Nov 2026 16.00 WIB" / "Fri, 27 Nov 2026, 16:00 WIB". */
export function formatWib(at: string | Date | null | undefined, lang: Lang): string {
  if (!at) return '–';
  const d = typeof at === 'string' ? new Date(at) : at;
  if (Number.isNaN(d.getTime())) return '–';
  return `${fmt(lang, 'dateTime').format(d)} WIB`;
}

export function formatDateWib(at: string | Date | null | undefined, lang: Lang): string {
  if (!at) return '–';
  const d = typeof at === 'string' ? new Date(at) : at;
  return fmt(lang, 'date').format(d);
}

/** Working minutes in words, always positive: "1 jam 5 menit" / "1 h 5 min". */
export function formatDuration(minutes: number, lang: Lang): string {
  return formatWorkingDuration(Math.abs(minutes), lang);
}

export const stepLabel = (step: TStep | string, lang: Lang): string => STEP_LABELS[step as TStep]?.[lang] ?? step;
export const roleLabel = (role: TRole | string, lang: Lang): string => ROLE_LABELS[role as TRole]?.[lang] ?? role;

/** A `datetime-local` value ("2026-11-27T15:45") read as WIB → ISO 8601 with +07:00. */
export function wibLocalToIso(local: string): string | undefined {
  if (!local) return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2})?$/.exec(local);
  return m ? `${m[1]}T${m[2]}:00+07:00` : undefined;
}

/** An instant → `datetime-local` value in WIB. */
export function isoToWibLocal(at: Date): string {
  return new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 16);
}
