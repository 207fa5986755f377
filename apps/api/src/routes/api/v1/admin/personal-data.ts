/**
 * Personal-data rights (UU 27/2022), for the administrator (registered under /api/v1/admin):
 *
 *   POST /personal-data/search              { phone?, email? } → the complainant's cases (POST keeps contacts out of URLs and logs)
 *   GET  /complaints/{id}/personal-data      export what is held (audited)
 *   POST /complaints/{id}/personal-data/erase { reason } → the identity is replaced; the case stays (audited)
 *   POST /personal-data/apply-retention      erase identities of cases closed longer ago than the retention period
 *                                            (admin/settings.ts sets it)
 */
import { ZReason } from '@sigap/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { applyRetention, erasePersonalData, exportPersonalData, findByContact } from '../../../../domain/personal-data';
import { ZProblem } from '../../../../lib/problem';

const errors = { 401: ZProblem, 403: ZProblem, 404: ZProblem, 422: ZProblem };
const ZId = z.object({ id: z.uuid({ error: 'ID perkara tidak valid.' }) });

const routes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.addHook('onRequest', fastify.requireRoles('ADMIN'));
  const key = () => fastify.config.REPORTER_KEY;

  fastify.post(
    '/personal-data/search',
    {
      schema: {
        tags: ['admin'],
        summary: 'Cari perkara seorang pelapor (nomor telepon atau email)',
        security: [{ bearerAuth: [] }],
        body: z.strictObject({ phone: z.string().max(40).optional(), email: z.string().max(254).optional() }),
        response: { 200: z.object({ items: z.array(z.object({ id: z.string(), trackingCode: z.string(), submittedAt: z.string(), step: z.string(), closedAt: z.string().nullable() })) }), ...errors },
      },
    },
    async (request) => {
      const rows = await findByContact(fastify.db, key(), request.body);
      return { items: rows.map((r) => ({ ...r, submittedAt: r.submittedAt.toISOString(), closedAt: r.closedAt?.toISOString() ?? null })) };
    },
  );

  fastify.get(
    '/complaints/:id/personal-data',
    { schema: { tags: ['admin'], summary: 'Ekspor data pribadi pelapor satu perkara', security: [{ bearerAuth: [] }], params: ZId, response: { 200: z.looseObject({ complaintId: z.string(), reporter: z.looseObject({}) }), ...errors } } },
    async (request) => exportPersonalData(fastify.db, key(), request.params.id, request.actor.id, fastify.now()),
  );

  fastify.post(
    '/complaints/:id/personal-data/erase',
    {
      schema: {
        tags: ['admin'],
        summary: 'Hapus identitas pelapor satu perkara (riwayat perkara tetap)',
        security: [{ bearerAuth: [] }],
        params: ZId,
        body: z.strictObject({ reason: ZReason }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await erasePersonalData(fastify.db, key(), request.params.id, request.actor.id, request.body.reason, fastify.now());
      return reply.code(204).send(null);
    },
  );

  fastify.post(
    '/personal-data/apply-retention',
    {
      schema: {
        tags: ['admin'],
        summary: 'Terapkan masa retensi data pribadi',
        security: [{ bearerAuth: [] }],
        response: { 200: z.object({ erased: z.number().int(), cutoff: z.string(), retentionYears: z.number().int() }), ...errors },
      },
    },
    async (request) => applyRetention(fastify.db, key(), request.actor.id, fastify.now()),
  );
};

export default routes;
