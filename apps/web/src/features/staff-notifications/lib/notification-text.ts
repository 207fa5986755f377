/** Pure pieces of the notification screens: the bell's badge, relative times, which kinds a role gets. */
import { SOP_TABLE, STAFF_NOTIFICATION_KINDS, SUPERIOR_ROLE, type TRole, type TStaffNotificationKind } from '@sigap/shared';

/** What the badge shows: nothing at 0, the number up to 99, then "99+". */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

const rtf = new Map<string, Intl.RelativeTimeFormat>();

/**
 * How long ago, in calendar time ("5 menit yang lalu" / "5 minutes ago"); null under a minute or
 * ahead of the browser's clock ("baru saja", from the catalogue) and beyond a week (the date
 * alone says it better).
 */
export function relativeTime(at: string | Date, now: Date, lang: 'id' | 'en'): string | null {
  const t = typeof at === 'string' ? new Date(at) : at;
  const diff = t.getTime() - now.getTime();
  if (Number.isNaN(diff) || diff > 0) return null;
  const abs = -diff;
  if (abs < 60_000 || abs > 7 * 86_400_000) return null;
  let f = rtf.get(lang);
  if (!f) {
    f = new Intl.RelativeTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { numeric: 'auto' });
    rtf.set(lang, f);
  }
  for (const [unit, ms] of UNITS) {
    if (abs >= ms) return f.format(Math.trunc(diff / ms), unit);
  }
  return null;
}

/** Kinds that carry how late the step is (working minutes past its deadline). */
export const isLateKind = (kind: TStaffNotificationKind) => kind === 'OVERDUE' || kind === 'ESCALATION';

/**
 * The kinds a role can receive: every role with an SOP step gets its own (new in the inbox, due
 * soon, overdue); escalations only go to a superior in the SOP's chain of command.
 */
export function kindsForRole(role: TRole): TStaffNotificationKind[] {
  const acts = Object.values(SOP_TABLE).some((s) => s.actor === role);
  const supervises = Object.values(SUPERIOR_ROLE).includes(role);
  return STAFF_NOTIFICATION_KINDS.filter((k) => (k === 'ESCALATION' ? supervises : acts));
}

/** Whether the role gets notifications at all (the administrator does not: no case work). */
export const hasNotifications = (role: TRole) => kindsForRole(role).length > 0;
