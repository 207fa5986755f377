/**
 * The SOP's time standards in force (issue 16):
 *
 *   GET    /public/standards          public: each step's default and the standard in force
 *   PUT    /admin/standards/{step}    ADMIN: { standard: {unit, amount} | null, reason } → override
 *   DELETE /admin/standards/{step}    ADMIN: { reason } → back to the SOP's standard
 *
 * Audited (SET_TIME_STANDARD). Steps entered after the change are timed on it; running deadlines
 * keep their instant.
 */
import { SOP_STEPS, ZReason, ZStandardItem, ZTimeStandard, type TimeStandard } from '@sigap/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listStandards, setStandard } from '../../../domain/standards';
import { ZProblem } from '../../../lib/problem';
import { BEARER_SECURITY } from '../../../plugins/app/auth';

const ZStepParams = z.object({ step: z.enum(SOP_STEPS, { error: 'Langkah SOP tidak dikenal.' }) });
const ZStandardInput = z.object({
  unit: z.enum(['MENIT', 'JAM', 'HARI'], { error: 'Satuan harus MENIT, JAM, atau HARI.' }),
  amount: z
    .number({ error: 'Isi dengan bilangan bulat.' })
    .int('Isi dengan bilangan bulat.')
    .min(1, 'Minimal 1.')
    .max(10_000, 'Terlalu besar (maksimal 10.000).'),
}) satisfies z.ZodType<z.infer<typeof ZTimeStandard>>;

const routes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/public/standards',
    {
      schema: {
        tags: ['public'],
        summary: 'Mutu baku (standar waktu) tiap langkah SOP yang berlaku',
        response: { 200: z.object({ items: z.array(ZStandardItem) }) },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'no-cache');
      return { items: await listStandards(fastify.db) };
    },
  );

  const admin = { onRequest: fastify.requireRoles('ADMIN') };
  const common = { tags: ['admin'], security: BEARER_SECURITY };

  fastify.put(
    '/admin/standards/:step',
    {
      ...admin,
      schema: {
        ...common,
        summary: 'Ubah mutu baku satu langkah SOP (null: tanpa mutu baku)',
        params: ZStepParams,
        body: z.strictObject({ standard: ZStandardInput.nullable(), reason: ZReason }),
        response: { 200: ZStandardItem, 401: ZProblem, 403: ZProblem, 422: ZProblem },
      },
    },
    async (request) =>
      setStandard(fastify.db, request.params.step, request.body.standard as TimeStandard | null, request.body.reason, request.actor.id, fastify.now()),
  );

  fastify.delete(
    '/admin/standards/:step',
    {
      ...admin,
      schema: {
        ...common,
        summary: 'Kembalikan mutu baku satu langkah ke standar SOP',
        params: ZStepParams,
        body: z.strictObject({ reason: ZReason }),
        response: { 200: ZStandardItem, 401: ZProblem, 403: ZProblem, 422: ZProblem },
      },
    },
    async (request) => setStandard(fastify.db, request.params.step, undefined, request.body.reason, request.actor.id, fastify.now()),
  );
};

export default routes;
