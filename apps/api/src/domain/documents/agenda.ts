/**
 * The incoming-mail agenda (agenda surat masuk): every registered complaint with its agenda number,
 * the date it was received, channel, sender, subject and current step, as JSON or CSV.
 *
 * The sender is never the reporter's identity ("Pelapor", or "Pelapor dirahasiakan" for a
 * confidential case): the agenda is printed and filed, and the form promises confidentiality.
 */
import { STEP_LABELS, type TStep } from '@sigap/shared';
import { and, asc, eq, gte, ilike, isNotNull, lt, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/connect';
import { complaints, stepHistory } from '../../db/schema';
import { CHANNEL_LABELS, excerpt, isoWib, maskedSender } from './text';

export const AGENDA_MAX_ROWS = 5000;

export interface AgendaQuery {
  /** YYYY-MM-DD, WIB; inclusive, on the date received. */
  from?: string | undefined;
  to?: string | undefined;
  /** Agenda number or tracking code (prefix), or words of the complaint. */
  q?: string | undefined;
}

export interface AgendaRow {
  complaintId: string;
  agendaNumber: string;
  receivedAt: string;
  registeredAt: string | null;
  channel: keyof typeof CHANNEL_LABELS;
  channelLabel: string;
  channelRef: string | null;
  sender: string;
  subject: string;
  step: TStep;
  stepLabel: string;
}

/** 00:00 WIB of a YYYY-MM-DD day. */
const wibMidnight = (day: string) => new Date(`${day}T00:00:00+07:00`);
const nextDay = (day: string) => new Date(wibMidnight(day).getTime() + 24 * 60 * 60 * 1000);
const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function agenda(db: Db, query: AgendaQuery): Promise<{ items: AgendaRow[]; truncated: boolean }> {
  const where: SQL[] = [isNotNull(complaints.agendaNumber)];
  if (query.from) where.push(gte(complaints.submittedAt, wibMidnight(query.from)));
  if (query.to) where.push(lt(complaints.submittedAt, nextDay(query.to)));
  const q = query.q?.trim();
  if (q) {
    const prefix = `${likeEscape(q.toUpperCase())}%`;
    where.push(or(ilike(complaints.agendaNumber, prefix), ilike(complaints.trackingCode, prefix), ilike(complaints.content, `%${likeEscape(q)}%`))!);
  }
  const rows = await db
    .select({
      id: complaints.id,
      agendaNumber: complaints.agendaNumber,
      submittedAt: complaints.submittedAt,
      registeredAt: stepHistory.enteredAt,
      channel: complaints.channel,
      channelRef: complaints.channelRef,
      confidential: complaints.confidential,
      content: complaints.content,
      step: complaints.step,
    })
    // An agenda number is given by REGISTER only, in the transaction that writes its history row, so
    // every agenda entry is a REGISTER row: read in registration order from the partial index
    // step_history_register_idx, the first page costs its LIMIT whatever the number of cases.
    .from(stepHistory)
    .innerJoin(complaints, eq(complaints.id, stepHistory.complaintId))
    .where(and(eq(stepHistory.action, 'REGISTER'), ...where))
    // Registration order is agenda-number order within a year, and stays right across years.
    .orderBy(asc(stepHistory.enteredAt), asc(complaints.agendaNumber))
    .limit(AGENDA_MAX_ROWS + 1);
  const truncated = rows.length > AGENDA_MAX_ROWS;
  return {
    truncated,
    items: rows.slice(0, AGENDA_MAX_ROWS).map((r) => ({
      complaintId: r.id,
      agendaNumber: r.agendaNumber!,
      receivedAt: r.submittedAt.toISOString(),
      registeredAt: r.registeredAt?.toISOString() ?? null,
      channel: r.channel,
      channelLabel: CHANNEL_LABELS[r.channel],
      channelRef: r.channelRef,
      sender: maskedSender(r.confidential, 'agenda'),
      subject: excerpt(r.content),
      step: r.step,
      stepLabel: STEP_LABELS[r.step].id,
    })),
  };
}

/**
 * A CSV cell: quoted (RFC 4180), and a leading `=`, `+`, `-`, `@`, tab or CR neutralised with an
 * apostrophe, so that a complaint's text cannot become a spreadsheet formula (OWASP: CSV injection).
 */
export function csvCell(value: string | null | undefined): string {
  let v = (value ?? '').replace(/\r\n?|\n/g, ' ');
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return `"${v.replace(/"/g, '""')}"`;
}

export function agendaCsv(items: AgendaRow[]): string {
  const header = ['No. Agenda', 'Tanggal Diterima (WIB)', 'Tanggal Agenda (WIB)', 'Saluran', 'No. Referensi', 'Pengirim', 'Perihal', 'Tahap Saat Ini'];
  const lines = items.map((r) =>
    [r.agendaNumber, isoWib(new Date(r.receivedAt)), r.registeredAt ? isoWib(new Date(r.registeredAt)) : '', r.channelLabel, r.channelRef ?? '', r.sender, r.subject, r.stepLabel]
      .map(csvCell)
      .join(','),
  );
  // The BOM lets spreadsheet programs read the file as UTF-8.
  return `\uFEFF${[header.map(csvCell).join(','), ...lines].join('\r\n')}\r\n`;
}
