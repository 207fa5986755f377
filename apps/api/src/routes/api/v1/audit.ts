/**
 * GET /api/v1/audit/reporter-views — every time a reporter's identity was shown: who, when, which
 * case and why. For the Kepala OPD, who answers for the form's confidentiality promise.
 */
import { desc, eq, lt, and } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditLog, complaints, users } from '../../../db/schema';
import { ZProblem } from '../../../lib/problem';

const ZView = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.object({ id: z.string(), username: z.string(), name: z.string(), role: z.string() }).nullable(),
  complaint: z.object({ id: z.string(), trackingCode: z.string(), confidential: z.boolean() }).nullable(),
  purpose: z.string().nullable(),
});

const routes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/audit/reporter-views',
    {
      onRequest: fastify.requireRoles('KEPALA_OPD'),
      schema: {
        tags: ['cases'],
        summary: 'Log akses identitas pelapor (Kepala OPD)',
        security: [{ bearerAuth: [] }],
        querystring: z.object({
          limit: z.coerce.number().int().min(1).max(200).default(50),
          before: z.coerce.number().int().positive().optional().describe('id of the last row of the previous page'),
        }),
        response: { 200: z.object({ items: z.array(ZView), nextBefore: z.number().int().nullable() }), 401: ZProblem, 403: ZProblem, 422: ZProblem },
      },
    },
    async (request) => {
      const { limit, before } = request.query;
      const rows = await fastify.db
        .select({
          id: auditLog.id,
          at: auditLog.at,
          detail: auditLog.detail,
          actorId: users.id,
          username: users.username,
          name: users.name,
          role: users.role,
          complaintId: complaints.id,
          trackingCode: complaints.trackingCode,
          confidential: complaints.confidential,
        })
        .from(auditLog)
        .leftJoin(users, eq(users.id, auditLog.actorId))
        .leftJoin(complaints, eq(complaints.id, auditLog.complaintId))
        .where(and(eq(auditLog.action, 'VIEW_REPORTER'), before ? lt(auditLog.id, before) : undefined))
        .orderBy(desc(auditLog.id))
        .limit(limit + 1);
      const page = rows.slice(0, limit);
      return {
        items: page.map((r) => ({
          id: r.id,
          at: r.at.toISOString(),
          actor: r.actorId ? { id: r.actorId, username: r.username!, name: r.name!, role: r.role! } : null,
          complaint: r.complaintId ? { id: r.complaintId, trackingCode: r.trackingCode!, confidential: r.confidential! } : null,
          purpose: ((r.detail as { purpose?: string | null }).purpose ?? null) as string | null,
        })),
        nextBefore: rows.length > limit ? page[page.length - 1]!.id : null,
      };
    },
  );
};

export default routes;
