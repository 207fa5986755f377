/**
 * Reports (registered under /api/v1): how the SOP's time standards are kept.
 *
 *   GET /reports/summary   counts, compliance and durations per step and unit, the overdue list now
 *   GET /reports/cases     the cases behind a figure (drill-down), ≤ 200
 *   GET /reports/export    format=csv|xlsx: one row per case with every step's figures (streamed);
 *                          format=pdf: the recap of the period
 *
 * Who sees what: the Kepala OPD everything; a Kepala Bidang its bidang; a Kepala Seksi its seksi
 * (asking for another unit is a 403); every other role 403. Never an identity or a complaint's text.
 */
import { Readable, PassThrough } from 'node:stream';
import { ZChannel, ZComplaintType, ZStep, type TSopStep } from '@sigap/shared';
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bidang, seksi } from '../../../db/schema';
import { exportCsv, exportRows } from '../../../domain/reports/export';
import { renderRecapPdf } from '../../../domain/reports/recap-pdf';
import { reportCases, reportSummary, type ReportFilter } from '../../../domain/reports/summary';
import { ProblemError, ZProblem } from '../../../lib/problem';
import { BEARER_SECURITY, type StaffActor } from '../../../plugins/app/auth';

const ZDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Tanggal harus berformat TTTT-BB-HH.' });

const filterShape = {
  from: ZDate.optional().describe('first WIB date the cases came in (default: the first of this month)'),
  to: ZDate.optional().describe('last WIB date (default: today)'),
  bidangId: z.uuid({ error: 'Bidang tidak valid.' }).optional(),
  seksiId: z.uuid({ error: 'Seksi tidak valid.' }).optional(),
  type: ZComplaintType.optional(),
  channel: ZChannel.optional(),
};

const checkRange = (v: { from?: string | undefined; to?: string | undefined }, ctx: z.RefinementCtx) => {
  if (v.from && v.to && v.from > v.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'Tanggal akhir tidak boleh sebelum tanggal awal.' });
};

const ZFilter = z.object(filterShape).superRefine(checkRange);
const ZDrill = z
  .object({
    ...filterShape,
    step: ZStep.optional(),
    late: z.enum(['true', 'false']).optional().transform((v) => v === 'true'),
    unitBidangId: z.uuid().optional().describe('visits held by this bidang'),
    unitSeksiId: z.uuid().optional().describe('visits held by this seksi'),
    officerId: z.uuid().optional().describe('visits held by this officer'),
  })
  .superRefine(checkRange);
const ZExport = z.object({ ...filterShape, format: z.enum(['csv', 'xlsx', 'pdf']).default('csv') }).superRefine(checkRange);

const wibToday = (now: Date) => new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

const FORBIDDEN_UNIT = 'Anda hanya dapat melihat laporan unit Anda sendiri.';

const routes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.addHook('onRequest', fastify.requireRoles('KEPALA_OPD', 'KEPALA_BIDANG', 'KEPALA_SEKSI'));
  const errors = { 401: ZProblem, 403: ZProblem, 422: ZProblem };

  /** The filter with the period defaulted and the caller's unit imposed. */
  async function scoped(q: z.infer<typeof ZFilter>, actor: StaffActor): Promise<ReportFilter> {
    const today = wibToday(fastify.now());
    const f: ReportFilter = { ...q, from: q.from ?? `${today.slice(0, 8)}01`, to: q.to ?? today };
    if (actor.role === 'KEPALA_BIDANG') {
      if (f.bidangId && f.bidangId !== actor.bidangId) throw new ProblemError(403, FORBIDDEN_UNIT, { code: 'OUT_OF_SCOPE' });
      f.bidangId = actor.bidangId ?? undefined;
      if (f.seksiId) {
        const [s] = await fastify.db.select({ bidangId: seksi.bidangId }).from(seksi).where(eq(seksi.id, f.seksiId));
        if (!s || s.bidangId !== actor.bidangId) throw new ProblemError(403, FORBIDDEN_UNIT, { code: 'OUT_OF_SCOPE' });
      }
    } else if (actor.role === 'KEPALA_SEKSI') {
      if ((f.seksiId && f.seksiId !== actor.seksiId) || (f.bidangId && f.bidangId !== actor.bidangId)) {
        throw new ProblemError(403, FORBIDDEN_UNIT, { code: 'OUT_OF_SCOPE' });
      }
      f.seksiId = actor.seksiId ?? undefined;
    }
    return f;
  }

  async function unitName(f: ReportFilter): Promise<string> {
    if (f.seksiId) return (await fastify.db.select({ name: seksi.name }).from(seksi).where(eq(seksi.id, f.seksiId)))[0]?.name ?? 'Seksi';
    if (f.bidangId) return (await fastify.db.select({ name: bidang.name }).from(bidang).where(eq(bidang.id, f.bidangId)))[0]?.name ?? 'Bidang';
    return 'Seluruh unit';
  }

  fastify.get(
    '/reports/summary',
    {
      schema: {
        tags: ['reports'],
        summary: 'Ringkasan kinerja: jumlah, kepatuhan mutu baku waktu, durasi per tahap dan unit',
        security: BEARER_SECURITY,
        querystring: ZFilter,
        response: { 200: z.looseObject({ period: z.object({ from: z.string(), to: z.string() }), totals: z.looseObject({ cases: z.number().int() }) }), ...errors },
      },
    },
    async (request) => reportSummary(fastify.db, await scoped(request.query, request.actor), fastify.now()),
  );

  fastify.get(
    '/reports/cases',
    {
      schema: {
        tags: ['reports'],
        summary: 'Perkara di balik sebuah angka (telusur)',
        security: BEARER_SECURITY,
        querystring: ZDrill,
        response: { 200: z.object({ items: z.array(z.looseObject({ id: z.uuid(), trackingCode: z.string() })) }), ...errors },
      },
    },
    async (request) => {
      const { step, late, unitBidangId, unitSeksiId, officerId, ...rest } = request.query;
      const f = await scoped(rest, request.actor);
      return { items: await reportCases(fastify.db, { ...f, step: step as TSopStep | undefined, late, unitBidangId, unitSeksiId, officerId }) };
    },
  );

  fastify.get(
    '/reports/export',
    {
      schema: {
        tags: ['reports'],
        summary: 'Ekspor per perkara (CSV/XLSX) atau rekap periode (PDF)',
        description: 'csv and xlsx: one row per case, every step with start, end, deadline, working minutes and on-time flag; streamed. pdf: the recap of the period.',
        security: BEARER_SECURITY,
        querystring: ZExport,
        produces: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/pdf'],
        response: { ...errors },
      },
    },
    async (request, reply) => {
      const { format, ...q } = request.query;
      const f = await scoped(q, request.actor);
      const name = `sigap-${f.from}-${f.to}`;
      if (format === 'pdf') {
        const summary = await reportSummary(fastify.db, f, fastify.now());
        const pdf = await renderRecapPdf(summary, { unit: await unitName(f), generatedAt: fastify.now() });
        return reply.header('content-type', 'application/pdf').header('content-disposition', `attachment; filename="rekap-${name}.pdf"`).send(pdf as never);
      }
      if (format === 'csv') {
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${name}.csv"`)
          .send(Readable.from(exportCsv(fastify.db, f)) as never);
      }
      const out = new PassThrough();
      const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
      const sheet = book.addWorksheet('Perkara');
      void (async () => {
        try {
          for await (const row of exportRows(fastify.db, f)) sheet.addRow(row.map((c) => (c === null ? '' : typeof c === 'boolean' ? (c ? 'ya' : 'tidak') : c))).commit();
          sheet.commit();
          await book.commit();
        } catch (err) {
          request.log.error({ err: { message: (err as Error).message } }, 'xlsx export failed');
          out.destroy(err as Error);
        }
      })();
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${name}.xlsx"`)
        .send(out as never);
    },
  );
};

export default routes;
