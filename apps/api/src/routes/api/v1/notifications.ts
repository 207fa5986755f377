/**
 * The caller's notifications (registered under /api/v1, every route authenticated):
 *
 *   GET  /notifications                 newest first, with the unread count; keyset pages (`cursor`)
 *   POST /notifications/{id}/read       marks one read (404 if it is not the caller's)
 *   POST /notifications/read-all        marks every one read (`complaintId`: those about one case, as its file is opened)
 *   GET  /me/preferences                mail language, address (set by an administrator), mail per kind
 *   PUT  /me/preferences                changes the language and the mail per kind
 *
 * A notification names a case by its codes and step only: no personal data, no case content.
 */
import {
  DEFAULT_MAIL_PREFERENCES,
  ZNotificationList,
  ZNotificationQuery,
  ZPreferences,
  ZPreferencesUpdate,
  type TPreferences,
} from '@sigap/shared';
import { and, count, desc, eq, isNull, lt } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { complaints, notifications, users } from '../../../db/schema';
import { ProblemError, ZProblem } from '../../../lib/problem';
import { BEARER_SECURITY } from '../../../plugins/app/auth';

const ZId = z.object({ id: z.string().regex(/^\d{1,18}$/, 'ID pemberitahuan tidak valid.') });
const ZUnread = z.object({ unreadCount: z.number().int() });

const routes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);

  const unreadCount = async (userId: string) => {
    const [r] = await fastify.db
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
    return Number(r?.n ?? 0);
  };

  fastify.get(
    '/notifications',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Pemberitahuan Anda, terbaru lebih dulu',
        security: BEARER_SECURITY,
        querystring: ZNotificationQuery,
        response: { 200: ZNotificationList, 401: ZProblem, 422: ZProblem },
      },
    },
    async (request) => {
      const { limit, cursor, unread } = request.query;
      const me = request.actor.id;
      const [rows, unreadTotal] = await Promise.all([
        fastify.db
          .select({
            id: notifications.id,
            kind: notifications.kind,
            complaintId: notifications.complaintId,
            step: notifications.step,
            deadlineAt: notifications.deadlineAt,
            lateWorkingMinutes: notifications.lateWorkingMinutes,
            createdAt: notifications.createdAt,
            readAt: notifications.readAt,
            trackingCode: complaints.trackingCode,
            agendaNumber: complaints.agendaNumber,
          })
          .from(notifications)
          .innerJoin(complaints, eq(complaints.id, notifications.complaintId))
          .where(
            and(
              eq(notifications.userId, me),
              cursor ? lt(notifications.id, Number(cursor)) : undefined,
              unread ? isNull(notifications.readAt) : undefined,
            ),
          )
          .orderBy(desc(notifications.id))
          .limit(limit + 1),
        unreadCount(me),
      ]);
      const page = rows.slice(0, limit);
      return {
        items: page.map((r) => ({
          ...r,
          id: String(r.id),
          deadlineAt: r.deadlineAt?.toISOString() ?? null,
          createdAt: r.createdAt.toISOString(),
          readAt: r.readAt?.toISOString() ?? null,
        })),
        unreadCount: unreadTotal,
        nextCursor: rows.length > limit ? String(page[page.length - 1]!.id) : null,
      };
    },
  );

  fastify.post(
    '/notifications/:id/read',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Tandai satu pemberitahuan sudah dibaca',
        security: BEARER_SECURITY,
        params: ZId,
        response: { 200: ZUnread, 401: ZProblem, 404: ZProblem, 422: ZProblem },
      },
    },
    async (request) => {
      const me = request.actor.id;
      const id = Number(request.params.id);
      const [own] = await fastify.db
        .select({ readAt: notifications.readAt })
        .from(notifications)
        .where(and(eq(notifications.id, id), eq(notifications.userId, me)));
      if (!own) throw new ProblemError(404, 'Pemberitahuan tidak ditemukan.', { code: 'NOT_FOUND' });
      if (!own.readAt) await fastify.db.update(notifications).set({ readAt: fastify.now() }).where(and(eq(notifications.id, id), isNull(notifications.readAt)));
      return { unreadCount: await unreadCount(me) };
    },
  );

  fastify.post(
    '/notifications/read-all',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Tandai semua pemberitahuan sudah dibaca',
        description: 'With `complaintId`: only those about that case (the web app sends it when the case file is opened).',
        security: BEARER_SECURITY,
        querystring: z.object({ complaintId: z.uuid({ error: 'ID perkara tidak valid.' }).optional() }),
        response: { 200: ZUnread, 401: ZProblem, 422: ZProblem },
      },
    },
    async (request) => {
      const { complaintId } = request.query;
      await fastify.db
        .update(notifications)
        .set({ readAt: fastify.now() })
        .where(
          and(
            eq(notifications.userId, request.actor.id),
            isNull(notifications.readAt),
            complaintId ? eq(notifications.complaintId, complaintId) : undefined,
          ),
        );
      return { unreadCount: await unreadCount(request.actor.id) };
    },
  );

  const preferences = async (userId: string): Promise<TPreferences> => {
    const [u] = await fastify.db.select({ locale: users.locale, email: users.email, mail: users.mailPreferences }).from(users).where(eq(users.id, userId));
    if (!u) throw new ProblemError(404, 'Pengguna tidak ditemukan.', { code: 'NOT_FOUND' });
    return { locale: u.locale, email: u.email, mail: { ...DEFAULT_MAIL_PREFERENCES, ...u.mail } };
  };

  fastify.get(
    '/me/preferences',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Preferensi pemberitahuan Anda',
        security: BEARER_SECURITY,
        response: { 200: ZPreferences, 401: ZProblem },
      },
    },
    async (request) => preferences(request.actor.id),
  );

  fastify.put(
    '/me/preferences',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Ubah bahasa surel dan surel per jenis pemberitahuan',
        security: BEARER_SECURITY,
        body: ZPreferencesUpdate,
        response: { 200: ZPreferences, 401: ZProblem, 422: ZProblem },
      },
    },
    async (request) => {
      const current = await preferences(request.actor.id);
      const { locale, mail } = request.body;
      await fastify.db
        .update(users)
        .set({ locale: locale ?? current.locale, mailPreferences: { ...current.mail, ...mail }, updatedAt: fastify.now() })
        .where(eq(users.id, request.actor.id));
      return preferences(request.actor.id);
    },
  );
};

export default routes;
