/**
 * Office settings for the administrator (registered under /api/v1/admin):
 *
 *   GET /settings/retention   the personal-data retention period in years (default from the privacy notice)
 *   PUT /settings/retention   { retentionYears (1–30), reason } → the new setting; audited (SET_RETENTION)
 */
import { ZReason } from '@sigap/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loadRetention, setRetention } from '../../../../domain/settings';
import { ZProblem } from '../../../../lib/problem';

export const ZRetentionSetting = z.object({
  retentionYears: z.number().int().describe('years an identity is kept after its case closes'),
  updatedAt: z.string().nullable().describe('null while the default applies'),
  updatedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
});

const routes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.addHook('onRequest', fastify.requireRoles('ADMIN'));
  const errors = { 401: ZProblem, 403: ZProblem, 422: ZProblem };

  fastify.get(
    '/settings/retention',
    { schema: { tags: ['admin'], summary: 'Masa retensi data pribadi pelapor', security: [{ bearerAuth: [] }], response: { 200: ZRetentionSetting, ...errors } } },
    async () => loadRetention(fastify.db),
  );

  fastify.put(
    '/settings/retention',
    {
      schema: {
        tags: ['admin'],
        summary: 'Ubah masa retensi data pribadi pelapor',
        security: [{ bearerAuth: [] }],
        body: z.strictObject({
          retentionYears: z
            .number({ error: 'Isi jumlah tahun.' })
            .int({ error: 'Isi bilangan bulat.' })
            .min(1, { error: 'Paling sedikit 1 tahun.' })
            .max(30, { error: 'Paling lama 30 tahun.' }),
          reason: ZReason,
        }),
        response: { 200: ZRetentionSetting, ...errors },
      },
    },
    async (request) => setRetention(fastify.db, request.body.retentionYears, request.body.reason, request.actor.id, fastify.now()),
  );
};

export default routes;
