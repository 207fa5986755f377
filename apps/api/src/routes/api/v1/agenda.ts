/**
 * GET /api/v1/agenda — the incoming-mail agenda (agenda surat masuk), for Tata Usaha and the
 * Kepala OPD: `from`/`to` (dates received, WIB, inclusive), `q`, `format=json|csv`. The sender is
 * masked (domain/documents/agenda.ts); the CSV comes as a download.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { agenda, agendaCsv, AGENDA_MAX_ROWS } from '../../../domain/documents/agenda';
import { ZProblem } from '../../../lib/problem';

const day = () => z.iso.date({ error: 'Tanggal harus berformat TTTT-BB-HH.' }).optional();

const ZAgendaQuery = z
  .object({
    from: day(),
    to: day(),
    q: z.string().trim().max(100, { error: 'Terlalu panjang.' }).optional(),
    format: z.enum(['json', 'csv'], { error: 'Pilih json atau csv.' }).default('json'),
  })
  .superRefine((v, ctx) => {
    if (v.from && v.to && v.from > v.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'Tanggal akhir sebelum tanggal awal.' });
  });

const ZAgendaResponse = z.object({
  items: z.array(
    z.object({
      complaintId: z.uuid(),
      agendaNumber: z.string(),
      receivedAt: z.string(),
      registeredAt: z.string().nullable(),
      channel: z.string(),
      channelLabel: z.string(),
      channelRef: z.string().nullable(),
      sender: z.string().describe('Never the reporter\'s identity: "Pelapor" or "Pelapor dirahasiakan"'),
      subject: z.string(),
      step: z.string(),
      stepLabel: z.string(),
    }),
  ),
  truncated: z.boolean().describe(`true when more than ${AGENDA_MAX_ROWS} rows matched; narrow the dates`),
});

const routes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/agenda',
    {
      onRequest: fastify.requireRoles('TATA_USAHA', 'KEPALA_OPD'),
      schema: {
        tags: ['documents'],
        summary: 'Agenda surat masuk',
        description: 'Registered complaints in registration order. `format=csv` answers text/csv as a download.',
        security: [{ bearerAuth: [] }],
        querystring: ZAgendaQuery,
        produces: ['application/json', 'text/csv'],
        response: { 200: ZAgendaResponse, 401: ZProblem, 403: ZProblem, 422: ZProblem },
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const result = await agenda(fastify.db, query);
      if (format === 'json') return result;
      const name = `agenda-surat-masuk${query.from ? `-${query.from}` : ''}${query.to ? `-sd-${query.to}` : ''}.csv`;
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}"`)
        .header('cache-control', 'no-store')
        .send(agendaCsv(result.items) as never);
    },
  );
};

export default routes;
