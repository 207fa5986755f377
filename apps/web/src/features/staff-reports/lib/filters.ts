/**
 * The dashboard's filters and the URL: a view of the reports is shareable and survives a reload,
 * so every filter lives in the search params, in the office's words (`dari`, `sampai`, `bidang`,
 * `seksi`, `jenis`, `kanal`). Without dates the view is this month (WIB), as the API's default.
 *
 * The unit a user may choose follows the role (the server imposes it anyway, a 403 otherwise):
 * the Kepala OPD any bidang and one of its seksi, a Kepala Bidang a seksi of its bidang, a Kepala
 * Seksi none. A parameter the role may not set is dropped rather than sent.
 */
import { CHANNELS, COMPLAINT_TYPES, type TStaffRole } from '@sigap/shared';
import type { ReportDrill, ReportFilters } from '@/lib/staff-query-keys';

export const PARAM = { from: 'dari', to: 'sampai', bidangId: 'bidang', seksiId: 'seksi', type: 'jenis', channel: 'kanal' } as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A real calendar day written YYYY-MM-DD (2026-02-30 is not). */
export function isDay(value: string | null | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Today's date in WIB (Asia/Jakarta, UTC+7 all year). */
export function wibToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

export type Preset = 'thisMonth' | 'lastMonth' | 'thisYear';
export const PRESETS: readonly Preset[] = ['thisMonth', 'lastMonth', 'thisYear'];

const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, '0');

/** The dates of a preset seen from `today` (YYYY-MM-DD): up to today for this month and year. */
export function presetRange(preset: Preset, today: string): { from: string; to: string } {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  switch (preset) {
    case 'thisMonth':
      return { from: `${today.slice(0, 7)}-01`, to: today };
    case 'lastMonth': {
      const y = month === 1 ? year - 1 : year;
      const m = month === 1 ? 12 : month - 1;
      return { from: `${y}-${pad(m)}-01`, to: `${y}-${pad(m)}-${pad(lastDayOfMonth(y, m))}` };
    }
    case 'thisYear':
      return { from: `${year}-01-01`, to: today };
  }
}

/** The preset the period is exactly, if any. */
export function activePreset(period: { from: string; to: string }, today: string): Preset | null {
  return PRESETS.find((p) => {
    const r = presetRange(p, today);
    return r.from === period.from && r.to === period.to;
  }) ?? null;
}

/** Who is looking: the role and its own unit. */
export interface ReportScope {
  role: TStaffRole;
  bidangId?: string | null | undefined;
  seksiId?: string | null | undefined;
}

/** Which unit choices the role has on the dashboard. */
export function unitChoice(role: TStaffRole): 'bidangAndSeksi' | 'seksi' | 'none' {
  if (role === 'KEPALA_OPD') return 'bidangAndSeksi';
  if (role === 'KEPALA_BIDANG') return 'seksi';
  return 'none';
}

/** Only what the role may set: a Kepala Bidang's bidang and a Kepala Seksi's units are the server's to impose. */
export function scopeFilters(filters: ReportFilters, scope: ReportScope): ReportFilters {
  const out: ReportFilters = { from: filters.from, to: filters.to };
  const choice = unitChoice(scope.role);
  // The Kepala OPD picks a seksi within a bidang; a seksi alone is not a choice the form offers.
  if (choice === 'bidangAndSeksi' && filters.bidangId) {
    out.bidangId = filters.bidangId;
    if (filters.seksiId) out.seksiId = filters.seksiId;
  }
  if (choice === 'seksi' && filters.seksiId) out.seksiId = filters.seksiId;
  if (filters.type) out.type = filters.type;
  if (filters.channel) out.channel = filters.channel;
  return out;
}

/**
 * The filters a URL asks for. Unknown or malformed values are ignored; a period that is missing,
 * malformed or ends before it starts is this month's.
 */
export function filtersFromParams(params: URLSearchParams, today: string, scope: ReportScope): ReportFilters {
  const from = params.get(PARAM.from)?.trim();
  const to = params.get(PARAM.to)?.trim();
  const period = isDay(from) && isDay(to) && from <= to ? { from, to } : presetRange('thisMonth', today);
  const get = (p: string, ok: (v: string) => boolean) => {
    const v = params.get(p)?.trim();
    return v && ok(v) ? v : undefined;
  };
  return scopeFilters(
    {
      ...period,
      bidangId: get(PARAM.bidangId, (v) => UUID.test(v)),
      seksiId: get(PARAM.seksiId, (v) => UUID.test(v)),
      type: get(PARAM.type, (v) => (COMPLAINT_TYPES as readonly string[]).includes(v)),
      channel: get(PARAM.channel, (v) => (CHANNELS as readonly string[]).includes(v)),
    },
    scope,
  );
}

/** The search params of a view: every filter that is set, the period always (a shared link keeps its dates). */
export function filtersToParams(filters: ReportFilters): URLSearchParams {
  const out = new URLSearchParams();
  for (const key of Object.keys(PARAM) as (keyof ReportFilters)[]) {
    const v = filters[key];
    if (v) out.set(PARAM[key], v);
  }
  return out;
}

export type PeriodError = 'required' | 'invalid' | 'beforeFrom';

/** The period form's errors, per field (an end before the start is the end's). */
export function validateRange(from: string, to: string): { from?: PeriodError; to?: PeriodError } {
  const errors: { from?: PeriodError; to?: PeriodError } = {};
  if (!from) errors.from = 'required';
  else if (!isDay(from)) errors.from = 'invalid';
  if (!to) errors.to = 'required';
  else if (!isDay(to)) errors.to = 'invalid';
  if (!errors.from && !errors.to && to < from) errors.to = 'beforeFrom';
  return errors;
}

/** The catalogue key (`reports.filters.*`) of a period field's error. */
export function periodErrorKey(field: 'from' | 'to', error: PeriodError): 'fromRequired' | 'toRequired' | 'invalidDate' | 'beforeFrom' {
  if (error === 'required') return field === 'from' ? 'fromRequired' : 'toRequired';
  return error === 'invalid' ? 'invalidDate' : 'beforeFrom';
}

/** The query string of /reports/summary, /reports/cases and /reports/export for a filter (and a drill-down). */
export function reportQuery(filters: ReportFilters, drill: ReportDrill = {}): Record<string, string> {
  const out: Record<string, string> = { from: filters.from, to: filters.to };
  for (const key of ['bidangId', 'seksiId', 'type', 'channel'] as const) {
    const v = filters[key];
    if (v) out[key] = v;
  }
  if (drill.step) out.step = drill.step;
  if (drill.late) out.late = 'true';
  if (drill.unitBidangId) out.unitBidangId = drill.unitBidangId;
  if (drill.unitSeksiId) out.unitSeksiId = drill.unitSeksiId;
  if (drill.officerId) out.officerId = drill.officerId;
  return out;
}
