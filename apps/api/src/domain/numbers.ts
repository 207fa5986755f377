/**
 * Agenda and letter numbers: per-year sequences, gap-free under concurrency. The counter row is
 * incremented inside the transition's transaction, so its row lock serialises concurrent callers
 * and a rolled-back transition gives its number back.
 *
 * Formats (the office's usual shapes; change here):
 *   agenda number (surat masuk): `0007/SM/2026`
 *   letter number (surat keluar): `460/0007/DSDK/2026`, 460 being the archive classification of
 *   social affairs and DSDK the agency's abbreviation (Dinas Sosial, Kependudukan dan Pencatatan Sipil).
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/connect';
import { numberSequences } from '../db/schema';
import { jakartaDateString } from '@sigap/shared';

export type SequenceKind = 'AGENDA' | 'LETTER';

export const formatNumber: Record<SequenceKind, (n: number, year: number) => string> = {
  AGENDA: (n, year) => `${String(n).padStart(4, '0')}/SM/${year}`,
  LETTER: (n, year) => `460/${String(n).padStart(4, '0')}/DSDK/${year}`,
};

/** The year in WIB: a letter signed at 00:30 on 1 January WIB belongs to the new year. */
export const jakartaYear = (at: Date) => Number(jakartaDateString(at).slice(0, 4));

export async function nextNumber(tx: Pick<Db, 'insert'>, kind: SequenceKind, at: Date): Promise<string> {
  const year = jakartaYear(at);
  const [row] = await tx
    .insert(numberSequences)
    .values({ kind, year, lastValue: 1 })
    .onConflictDoUpdate({
      target: [numberSequences.kind, numberSequences.year],
      set: { lastValue: sql`${numberSequences.lastValue} + 1` },
    })
    .returning({ value: numberSequences.lastValue });
  return formatNumber[kind](row!.value, year);
}
