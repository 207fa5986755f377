/**
 * GET /api/v1/agenda — the incoming-mail register (agenda surat masuk), for Tata Usaha and the
 * Kepala OPD: registered complaints in registration order, `from`/`to` on the date received (WIB,
 * inclusive), `q` on the agenda number, tracking code or words of the complaint. The sender comes
 * masked from the server ("Pelapor" / "Pelapor dirahasiakan"), never the reporter's name.
 * `format=csv` is the same list as a spreadsheet file, fetched with the token (`downloadAgendaCsv`).
 */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { TChannel, TStep } from '@sigap/shared';
import { authDownload, staffApi } from '@/lib/staff-api';
import { complaintKeys, type AgendaFilters } from '@/lib/staff-query-keys';
import { saveBlob } from '@/features/staff-ui/utils/save-file';

export interface AgendaRow {
  complaintId: string;
  agendaNumber: string;
  receivedAt: string;
  registeredAt: string | null;
  channel: TChannel;
  channelLabel: string;
  channelRef: string | null;
  sender: string;
  subject: string;
  step: TStep;
  stepLabel: string;
}

export interface AgendaPage {
  items: AgendaRow[];
  /** More rows matched than the server returns (5000): narrow the dates. */
  truncated: boolean;
}

const query = (f: AgendaFilters) => ({ from: f.from || undefined, to: f.to || undefined, q: f.q || undefined });

export function getAgenda(filters: AgendaFilters): Promise<AgendaPage> {
  return staffApi.get<AgendaPage>('/v1/agenda', { query: query(filters) });
}

export const agendaQueryOptions = (filters: AgendaFilters) =>
  queryOptions({
    queryKey: complaintKeys.agenda(filters),
    queryFn: () => getAgenda(filters),
    // While a new filter loads, the previous table stays (no flash of an empty register).
    placeholderData: keepPreviousData,
  });

export function useAgenda(filters: AgendaFilters) {
  return useQuery(agendaQueryOptions(filters));
}

/** The CSV of the same filters, saved through the browser's download (the server names it). */
export async function downloadAgendaCsv(filters: AgendaFilters): Promise<void> {
  const params = new URLSearchParams({ format: 'csv' });
  for (const [k, v] of Object.entries(query(filters))) if (v) params.set(k, v);
  const { blob, filename } = await authDownload(`/api/v1/agenda?${params}`);
  saveBlob(blob, filename ?? 'agenda-surat-masuk.csv');
}
