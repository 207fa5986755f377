/**
 * GET /api/v1/org — the organisation tree for any signed-in staff member (docs/api-contract.md):
 * every bidang with its head and its seksi, each seksi with its head and officers, plus the
 * Kepala OPD and the Tata Usaha users. Only active units and users; ordered by code, then username.
 * Each officer carries `activeCases` (their cases in PEMERIKSAAN or DRAFT_AWAL), the load the
 * Kepala Seksi looks at when assigning.
 */
import type { TStep } from '@sigap/shared';
import { and, asc, count, eq, inArray, isNotNull } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bidang, complaints, seksi, users } from '../../../db/schema';
import { ZProblem } from '../../../lib/problem';
import { BEARER_SECURITY } from '../../../plugins/app/auth';

/** The steps in which a case sits with its officer. */
export const OFFICER_ACTIVE_STEPS = ['PEMERIKSAAN', 'DRAFT_AWAL'] as const satisfies readonly TStep[];

const ZPerson = z.object({ id: z.string(), username: z.string(), name: z.string() });
const ZOfficer = ZPerson.extend({ activeCases: z.number().int() });

export const ZOrg = z.object({
  bidang: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      name: z.string(),
      head: ZPerson.nullable(),
      seksi: z.array(
        z.object({
          id: z.string(),
          code: z.string(),
          name: z.string(),
          head: ZPerson.nullable(),
          officers: z.array(ZOfficer),
        }),
      ),
    }),
  ),
  kepalaOpd: ZPerson.nullable(),
  tataUsaha: z.array(ZPerson),
});
export type Org = z.infer<typeof ZOrg>;

type Person = z.infer<typeof ZPerson>;

const orgRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/org',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags: ['org'],
        summary: 'The organisation tree: bidang, seksi, heads, officers, Kepala OPD, Tata Usaha',
        security: BEARER_SECURITY,
        response: { 200: ZOrg, 401: ZProblem },
      },
    },
    async () => {
      const { db } = fastify;
      const [bidangRows, seksiRows, userRows, loadRows] = await Promise.all([
        // Active units only: this is what the disposition and placement pickers offer.
        db.select().from(bidang).where(eq(bidang.active, true)).orderBy(asc(bidang.code)),
        db.select().from(seksi).where(eq(seksi.active, true)).orderBy(asc(seksi.code)),
        db
          .select({
            id: users.id,
            username: users.username,
            name: users.name,
            role: users.role,
            bidangId: users.bidangId,
            seksiId: users.seksiId,
          })
          .from(users)
          .where(eq(users.active, true))
          .orderBy(asc(users.username)),
        db
          .select({ officerId: complaints.officerId, n: count() })
          .from(complaints)
          .where(and(isNotNull(complaints.officerId), inArray(complaints.step, [...OFFICER_ACTIVE_STEPS])))
          .groupBy(complaints.officerId),
      ]);

      const load = new Map(loadRows.map((r) => [r.officerId, Number(r.n)]));
      const person = (u: Person): Person => ({ id: u.id, username: u.username, name: u.name });
      const ofRole = (role: string) => userRows.filter((u) => u.role === role);
      const kabid = ofRole('KEPALA_BIDANG');
      const kasi = ofRole('KEPALA_SEKSI');
      const officers = ofRole('PETUGAS_TEKNIS');

      const org: Org = {
        bidang: bidangRows.map((b) => {
          const head = kabid.find((u) => u.bidangId === b.id);
          return {
            id: b.id,
            code: b.code,
            name: b.name,
            head: head ? person(head) : null,
            seksi: seksiRows
              .filter((s) => s.bidangId === b.id)
              .map((s) => {
                const sHead = kasi.find((u) => u.seksiId === s.id);
                return {
                  id: s.id,
                  code: s.code,
                  name: s.name,
                  head: sHead ? person(sHead) : null,
                  officers: officers
                    .filter((u) => u.seksiId === s.id)
                    .map((u) => ({ ...person(u), activeCases: load.get(u.id) ?? 0 })),
                };
              }),
          };
        }),
        kepalaOpd: (() => {
          const k = ofRole('KEPALA_OPD')[0];
          return k ? person(k) : null;
        })(),
        tataUsaha: ofRole('TATA_USAHA').map(person),
      };
      return org;
    },
  );
};

export default orgRoutes;
