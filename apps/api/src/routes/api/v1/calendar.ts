/**
 * The working calendar every deadline is counted on (docs/sop.md "Reading of the time standards"):
 *
 *   GET /calendar          any signed-in staff member: the calendar in force (the browser's live
 *                          countdowns count on the same one as the server), where each year's
 *                          default holiday list comes from, who changed it last
 *   PUT /admin/calendar    ADMIN: { calendar, reason } → replaces opening hours and holidays; audited
 *                          (SET_CALENDAR). Running deadlines keep their instant; new steps use it.
 */
import { HOLIDAY_SOURCES, ZReason, ZWorkCalendar, type WorkCalendar } from '@sigap/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loadCalendarSetting, setCalendar } from '../../../domain/machine-context';
import { ZProblem } from '../../../lib/problem';
import { BEARER_SECURITY } from '../../../plugins/app/auth';

const ZCalendarSetting = z.object({
  calendar: ZWorkCalendar,
  updatedAt: z.string().nullable().describe('null while the default calendar applies'),
  updatedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  holidaySources: z.array(z.object({ year: z.number().int(), status: z.enum(['SKB', 'PROVISIONAL']), source: z.string() })),
});

const withSources = <T extends object>(s: T) => ({ ...s, holidaySources: [...HOLIDAY_SOURCES] });

const routes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/calendar',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags: ['org'],
        summary: 'Kalender kerja yang berlaku (jam kerja, hari libur, cuti bersama)',
        security: BEARER_SECURITY,
        response: { 200: ZCalendarSetting, 401: ZProblem },
      },
    },
    async () => withSources(await loadCalendarSetting(fastify.db)),
  );

  fastify.put(
    '/admin/calendar',
    {
      onRequest: fastify.requireRoles('ADMIN'),
      schema: {
        tags: ['admin'],
        summary: 'Ubah kalender kerja (jam kerja, hari libur, cuti bersama)',
        security: BEARER_SECURITY,
        body: z.strictObject({ calendar: ZWorkCalendar, reason: ZReason }),
        response: { 200: ZCalendarSetting, 401: ZProblem, 403: ZProblem, 422: ZProblem },
      },
    },
    async (request) =>
      withSources(await setCalendar(fastify.db, request.body.calendar as WorkCalendar, request.body.reason, request.actor.id, fastify.now())),
  );
};

export default routes;
