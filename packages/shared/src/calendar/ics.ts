/**
 * Holidays from an iCalendar file (RFC 5545), e.g. the government's or a calendar app's list of
 * Indonesian holidays, for the administrator's calendar editor. Pure and lenient: the browser
 * parses the file and the administrator reviews the result before anything is saved.
 *
 *  - content lines are unfolded (a CRLF or LF followed by a space or a tab continues the line);
 *  - each VEVENT gives one holiday per day: DTSTART;VALUE=DATE:20260817, DTSTART:20260817T000000Z
 *    or DTSTART;TZID=Asia/Jakarta:20260817T080000 all give 2026-08-17 (the date part is taken as
 *    written); DTEND is exclusive, so a VALUE=DATE event 20260320–20260322 gives 20 and 21 March
 *    (a date-time DTEND counts its own day unless it is midnight); DURATION:PnD / PnW is read when
 *    there is no DTEND;
 *  - SUMMARY is unescaped (\\ \; \, \n) and, a holiday's name being one line, its whitespace is
 *    collapsed;
 *  - events without a usable DTSTART, without a SUMMARY, or with STATUS:CANCELLED are counted
 *    in `skipped`;
 *  - the result is sorted by date and has one entry per date (the first event of a day wins).
 */
import { isValidIsoDate } from './types';

export interface IcsHoliday {
  date: string;
  name: string;
}

export interface IcsHolidays {
  holidays: IcsHoliday[];
  skipped: number;
}

/** A single event never spans more than this many days (a malformed file cannot blow up). */
const MAX_EVENT_DAYS = 366;

interface Prop {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** RFC 5545 §3.1: a line break followed by one space or tab is removed. */
export function unfoldIcsLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r?\n[ \t]/g, '')
    .split(/\r\n|\n|\r/);
}

/** `NAME;PARAM=a;PARAM="b:c":value` — the value starts at the first colon outside quotes. */
function parseLine(line: string): Prop | null {
  let quoted = false;
  let colon = -1;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === ':' && !quoted) {
      colon = i;
      break;
    }
  }
  if (colon < 0) return null;
  const [rawName = '', ...rawParams] = line.slice(0, colon).split(';');
  const params: Record<string, string> = {};
  for (const p of rawParams) {
    const eq = p.indexOf('=');
    if (eq > 0) params[p.slice(0, eq).trim().toUpperCase()] = p.slice(eq + 1).replace(/^"|"$/g, '');
  }
  return { name: rawName.trim().toUpperCase(), params, value: line.slice(colon + 1) };
}

/** RFC 5545 §3.3.11 TEXT: `\\` `\;` `\,` `\n`/`\N`. */
export function unescapeIcsText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

interface IcsDate {
  date: string;
  /** True for a DATE-TIME value (with a time part). */
  hasTime: boolean;
  /** True when the time part is 00:00:00. */
  midnight: boolean;
}

function parseIcsDate(value: string): IcsDate | null {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?Z?)?$/i.exec(value.trim());
  if (!m) return null;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  if (!isValidIsoDate(date)) return null;
  const hasTime = m[4] !== undefined;
  return { date, hasTime, midnight: hasTime && m[4] === '00' && m[5] === '00' && (m[6] ?? '00') === '00' };
}

function dayNumber(iso: string): number {
  return Math.round(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000);
}

function isoOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Whole days of an RFC 5545 DURATION (`P2D`, `P1W`, `P1DT12H` → 2, 7, 2); null if none. */
function durationDays(value: string): number | null {
  const m = /^\+?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/i.exec(value.trim());
  if (!m) return null;
  const weeks = Number(m[1] ?? 0);
  const days = Number(m[2] ?? 0);
  const partial = Number(m[3] ?? 0) + Number(m[4] ?? 0) + Number(m[5] ?? 0) > 0;
  const total = weeks * 7 + days + (partial ? 1 : 0);
  return total > 0 ? total : null;
}

/** The days an event covers, or null when it has no usable DTSTART. */
function eventDays(props: Prop[]): string[] | null {
  const startProp = props.find((p) => p.name === 'DTSTART');
  const start = startProp ? parseIcsDate(startProp.value) : null;
  if (!start) return null;
  const first = dayNumber(start.date);
  let count = 1;
  const endProp = props.find((p) => p.name === 'DTEND');
  const end = endProp ? parseIcsDate(endProp.value) : null;
  if (end) {
    const last = dayNumber(end.date);
    // DTEND is exclusive: a date, or a midnight, ends the day before; a later time counts its day.
    count = end.hasTime && !end.midnight ? last - first + 1 : last - first;
  } else {
    const durProp = props.find((p) => p.name === 'DURATION');
    const d = durProp ? durationDays(durProp.value) : null;
    if (d !== null) count = d;
  }
  count = Math.min(Math.max(count, 1), MAX_EVENT_DAYS);
  return Array.from({ length: count }, (_, i) => isoOfDay(first + i));
}

export function parseIcsHolidays(text: string): IcsHolidays {
  const events: Prop[][] = [];
  let current: Prop[] | null = null;
  // Components nested in an event (VALARM) are not part of the event's own properties.
  let nested = 0;
  for (const line of unfoldIcsLines(text)) {
    if (!line.trim()) continue;
    const prop = parseLine(line);
    if (!prop) continue;
    const value = prop.value.trim().toUpperCase();
    if (prop.name === 'BEGIN') {
      if (current) nested++;
      else if (value === 'VEVENT') current = [];
      continue;
    }
    if (prop.name === 'END') {
      if (current && nested > 0) nested--;
      else if (current && value === 'VEVENT') {
        events.push(current);
        current = null;
      }
      continue;
    }
    if (current && nested === 0) current.push(prop);
  }

  const found: IcsHoliday[] = [];
  let skipped = 0;
  for (const props of events) {
    const status = props.find((p) => p.name === 'STATUS')?.value.trim().toUpperCase();
    const summary = props.find((p) => p.name === 'SUMMARY');
    const name = summary ? unescapeIcsText(summary.value).replace(/\s+/g, ' ').trim() : '';
    const days = status === 'CANCELLED' || !name ? null : eventDays(props);
    if (!days) {
      skipped++;
      continue;
    }
    for (const date of days) found.push({ date, name });
  }

  // Stable sort keeps the file's order within a date: the first event of a day wins.
  found.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const holidays: IcsHoliday[] = [];
  for (const h of found) if (holidays[holidays.length - 1]?.date !== h.date) holidays.push(h);
  return { holidays, skipped };
}
