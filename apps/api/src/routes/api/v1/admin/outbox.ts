/**
 * The mail outbox for the administrator (registered under /api/v1/admin):
 *
 *   GET  /outbox              newest first; `status` filter; keyset pages (`before`); counts per status
 *   POST /outbox/{id}/retry   a FAILED or HELD row is queued again now; audited (RETRY_MAIL)
 *
 * What a row shows: its kind, the case's tracking code, who it is for (a staff username, or
 * "PELAPOR" for the complainant, never an address), status, attempts, the last error (addresses
 * removed) and its times. Mail bodies are not kept, so there are none to show.
 */
import { OUTBOX_STATUSES, MAIL_KINDS } from '@sigap/shared';
import { and, count, desc, eq, inArray, lt } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditLog, complaints, mailOutbox, users } from '../../../../db/schema';
import { ProblemError, ZProblem } from '../../../../lib/problem';
import { BEARER_SECURITY } from '../../../../plugins/app/auth';

const ZOutboxRow = z.object({
  id: z.number().int(),
  kind: z.enum(MAIL_KINDS),
  trackingCode: z.string(),
  recipient: z.string().describe('a staff username, or PELAPOR for the complainant'),
  status: z.enum(OUTBOX_STATUSES),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  nextAttemptAt: z.string(),
  sentAt: z.string().nullable(),
});

const routes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.addHook('onRequest', fastify.requireRoles('ADMIN'));
  const errors = { 401: ZProblem, 403: ZProblem, 422: ZProblem };

  fastify.get(
    '/outbox',
    {
      schema: {
        tags: ['admin'],
        summary: 'Antrean surel (outbox): status pengiriman setiap surel',
        security: BEARER_SECURITY,
        querystring: z.object({
          status: z.enum(OUTBOX_STATUSES, { error: 'Status tidak dikenal.' }).optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
          before: z.coerce.number().int().positive().optional().describe('id of the last row of the previous page'),
        }),
        response: {
          200: z.object({ items: z.array(ZOutboxRow), nextBefore: z.number().int().nullable(), counts: z.record(z.string(), z.number().int()) }),
          ...errors,
        },
      },
    },
    async (request) => {
      const { status, limit, before } = request.query;
      const [rows, counts] = await Promise.all([
        fastify.db
          .select({
            id: mailOutbox.id,
            kind: mailOutbox.kind,
            trackingCode: complaints.trackingCode,
            username: users.username,
            status: mailOutbox.status,
            attempts: mailOutbox.attempts,
            lastError: mailOutbox.lastError,
            createdAt: mailOutbox.createdAt,
            nextAttemptAt: mailOutbox.nextAttemptAt,
            sentAt: mailOutbox.sentAt,
          })
          .from(mailOutbox)
          .innerJoin(complaints, eq(complaints.id, mailOutbox.complaintId))
          .leftJoin(users, eq(users.id, mailOutbox.userId))
          .where(and(status ? eq(mailOutbox.status, status) : undefined, before ? lt(mailOutbox.id, before) : undefined))
          .orderBy(desc(mailOutbox.id))
          .limit(limit + 1),
        fastify.db.select({ status: mailOutbox.status, n: count() }).from(mailOutbox).groupBy(mailOutbox.status),
      ]);
      const page = rows.slice(0, limit);
      return {
        items: page.map(({ username, ...r }) => ({
          ...r,
          recipient: username ?? 'PELAPOR',
          createdAt: r.createdAt.toISOString(),
          nextAttemptAt: r.nextAttemptAt.toISOString(),
          sentAt: r.sentAt?.toISOString() ?? null,
        })),
        nextBefore: rows.length > limit ? page[page.length - 1]!.id : null,
        counts: Object.fromEntries(OUTBOX_STATUSES.map((s) => [s, Number(counts.find((c) => c.status === s)?.n ?? 0)])),
      };
    },
  );

  fastify.post(
    '/outbox/:id/retry',
    {
      schema: {
        tags: ['admin'],
        summary: 'Kirim ulang surel yang gagal atau tertahan',
        security: BEARER_SECURITY,
        params: z.object({ id: z.coerce.number({ error: 'ID tidak valid.' }).int({ error: 'ID tidak valid.' }).positive({ error: 'ID tidak valid.' }) }),
        response: { 200: z.object({ id: z.number().int(), status: z.enum(OUTBOX_STATUSES) }), 404: ZProblem, 409: ZProblem, ...errors },
      },
    },
    async (request) => {
      const { id } = request.params;
      return fastify.db.transaction(async (tx) => {
        const [row] = await tx.select({ status: mailOutbox.status }).from(mailOutbox).where(eq(mailOutbox.id, id)).for('update');
        if (!row) throw new ProblemError(404, 'Surel tidak ditemukan.', { code: 'NOT_FOUND' });
        if (row.status !== 'FAILED' && row.status !== 'HELD') {
          throw new ProblemError(409, 'Hanya surel yang gagal atau tertahan yang dapat dikirim ulang.', { code: 'NOT_RETRYABLE' });
        }
        await tx
          .update(mailOutbox)
          .set({ status: 'PENDING', attempts: 0, nextAttemptAt: fastify.now() })
          .where(and(eq(mailOutbox.id, id), inArray(mailOutbox.status, ['FAILED', 'HELD'])));
        await tx.insert(auditLog).values({ at: fastify.now(), actorId: request.actor.id, action: 'RETRY_MAIL', detail: { outboxId: id, from: row.status } });
        // The worker is woken after the answer (plugins/app/notifier.ts), once this has committed.
        return { id, status: 'PENDING' as const };
      });
    },
  );
};

export default routes;
