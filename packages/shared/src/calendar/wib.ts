/**
 * Wall-clock arithmetic in Asia/Jakarta (WIB).
 *
 * WIB is UTC+07:00 with no daylight saving time (Indonesia has had none since 1964), so a fixed
 * offset is exact for every instant this system will see, and nothing here reads the host's time
 * zone: an instant is moved by +7 h and then read with the UTC getters.
 */

export const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;
export const MS_PER_MINUTE = 60 * 1000;
export const MS_PER_DAY = 24 * 60 * 60 * 1000;

/** The WIB calendar day of an instant, as a whole number of days since 1970-01-01 (WIB). */
export function wibDay(ms: number): number {
  return Math.floor((ms + WIB_OFFSET_MS) / MS_PER_DAY);
}

/** The instant (epoch ms) at which WIB day `day` starts, 00:00 WIB. */
export function wibDayStart(day: number): number {
  return day * MS_PER_DAY - WIB_OFFSET_MS;
}

/** Day of week of a WIB day: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function wibWeekday(day: number): 0 | 1 | 2 | 3 | 4 | 5 | 6 {
  return ((((day + 4) % 7) + 7) % 7) as 0 | 1 | 2 | 3 | 4 | 5 | 6;
}

/** 'YYYY-MM-DD' of a WIB day number. */
export function wibDayString(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

function assertValid(at: Date): number {
  const ms = at.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid Date');
  return ms;
}

/** The date of an instant in WIB, 'YYYY-MM-DD'. */
export function jakartaDateString(at: Date): string {
  return wibDayString(wibDay(assertValid(at)));
}

/** The wall-clock time of an instant in WIB, 'HH:MM' (seconds are dropped, not rounded). */
export function jakartaTime(at: Date): string {
  return new Date(assertValid(at) + WIB_OFFSET_MS).toISOString().slice(11, 16);
}

export { assertValid as instantMs };
