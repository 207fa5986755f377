/**
 * The organisation tree, as the administrator shapes it (registered under /api/v1/admin; ADMIN only):
 *
 *   GET    /org             every bidang and seksi, inactive included, with how many cases and users each has
 *   POST   /bidang          { code, name }
 *   PATCH  /bidang/{id}     { code?, name?, active? }
 *   DELETE /bidang/{id}     only while it has no case, seksi or user (else 409: deactivate it instead)
 *   POST   /seksi           { bidangId, code, name }
 *   PATCH  /seksi/{id}      { code?, name?, active? }
 *   DELETE /seksi/{id}      only while it has no case or user
 *
 * A deactivated unit keeps its cases and history but receives no new disposition or assignment
 * (machine-context.ts loadOrgIndex offers the machine active units only), no new user (users.ts),
 * and leaves GET /api/v1/org, the pickers' source. Read per request: effective on the next one.
 * Every change is audited (ORG_BIDANG_*, ORG_SEKSI_*). A user moves between units through
 * PATCH /admin/users/{id}.
 */
import { asc, count, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditLog, bidang, complaints, seksi, users } from '../../../../db/schema';
import { ProblemError, ZProblem } from '../../../../lib/problem';
import { isUniqueViolation } from '../../../../lib/db-errors';
import { BEARER_SECURITY } from '../../../../plugins/app/auth';

const M = {
  code: 'Kode 1–20 karakter: huruf, angka, atau tanda hubung.',
  codeTaken: 'Kode ini sudah dipakai unit lain.',
  name: 'Nama wajib diisi.',
  nameTooLong: 'Nama terlalu panjang (maksimal 200 karakter).',
  uuid: 'Pilihan tidak valid.',
  bidangNotFound: 'Bidang tidak ditemukan.',
  seksiNotFound: 'Seksi tidak ditemukan.',
  bidangInactive: 'Bidang ini nonaktif; aktifkan dahulu.',
  bidangInUse: 'Bidang ini sudah memiliki pengaduan, seksi, atau pegawai; nonaktifkan saja.',
  seksiInUse: 'Seksi ini sudah memiliki pengaduan atau pegawai; nonaktifkan saja.',
  empty: 'Tidak ada yang diubah.',
} as const;

const ZCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9-]{0,19}$/, M.code);
const ZName = z.string().trim().min(1, M.name).max(200, M.nameTooLong);
const ZActive = z.boolean({ error: 'Harus true atau false.' });
const ZId = z.object({ id: z.uuid({ error: M.uuid }) });

const ZBidangRow = z.object({ id: z.string(), code: z.string(), name: z.string(), active: z.boolean() });
const ZSeksiRow = ZBidangRow.extend({ bidangId: z.string() });
const counts = { cases: z.number().int(), users: z.number().int() };
export const ZAdminOrg = z.object({
  bidang: z.array(ZBidangRow.extend({ ...counts, seksi: z.array(ZSeksiRow.extend(counts)) })),
});

const INVALID = 'Data tidak valid; lihat `errors`.';
const codeTaken = () => new ProblemError(409, M.codeTaken, { errors: [{ path: 'code', message: M.codeTaken }] });

const routes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.addHook('onRequest', fastify.requireRoles('ADMIN'));
  const common = { tags: ['admin'], security: BEARER_SECURITY };
  const denied = { 401: ZProblem, 403: ZProblem };
  const db = fastify.db;

  fastify.get(
    '/org',
    { schema: { ...common, summary: 'Struktur organisasi lengkap (termasuk unit nonaktif) untuk administrator', response: { 200: ZAdminOrg, ...denied } } },
    async () => {
      const [b, s, caseB, caseS, userB, userS] = await Promise.all([
        db.select().from(bidang).orderBy(asc(bidang.code)),
        db.select().from(seksi).orderBy(asc(seksi.code)),
        db.select({ id: complaints.bidangId, n: count() }).from(complaints).groupBy(complaints.bidangId),
        db.select({ id: complaints.seksiId, n: count() }).from(complaints).groupBy(complaints.seksiId),
        db.select({ id: users.bidangId, n: count() }).from(users).where(eq(users.active, true)).groupBy(users.bidangId),
        db.select({ id: users.seksiId, n: count() }).from(users).where(eq(users.active, true)).groupBy(users.seksiId),
      ]);
      const m = (rows: { id: string | null; n: number }[]) => new Map(rows.map((r) => [r.id, Number(r.n)]));
      const [cb, cs, ub, us] = [m(caseB), m(caseS), m(userB), m(userS)];
      return {
        bidang: b.map((x) => ({
          id: x.id,
          code: x.code,
          name: x.name,
          active: x.active,
          cases: cb.get(x.id) ?? 0,
          users: ub.get(x.id) ?? 0,
          seksi: s
            .filter((y) => y.bidangId === x.id)
            .map((y) => ({ id: y.id, bidangId: y.bidangId, code: y.code, name: y.name, active: y.active, cases: cs.get(y.id) ?? 0, users: us.get(y.id) ?? 0 })),
        })),
      };
    },
  );

  // ---- bidang ----------------------------------------------------------------------------------

  fastify.post(
    '/bidang',
    {
      schema: {
        ...common,
        summary: 'Buat bidang',
        body: z.strictObject({ code: ZCode, name: ZName }),
        response: { 201: ZBidangRow, ...denied, 409: ZProblem, 422: ZProblem },
      },
    },
    async (request, reply) => {
      try {
        const row = await db.transaction(async (tx) => {
          const [created] = await tx.insert(bidang).values(request.body).returning();
          await tx.insert(auditLog).values({ at: fastify.now(), actorId: request.actor.id, action: 'ORG_BIDANG_CREATED', detail: { bidangId: created!.id, ...request.body } });
          return created!;
        });
        return reply.code(201).send({ id: row.id, code: row.code, name: row.name, active: row.active });
      } catch (err) {
        if (isUniqueViolation(err)) throw codeTaken();
        throw err;
      }
    },
  );

  fastify.patch(
    '/bidang/:id',
    {
      schema: {
        ...common,
        summary: 'Ubah kode, nama, atau status aktif bidang',
        params: ZId,
        body: z.strictObject({ code: ZCode.optional(), name: ZName.optional(), active: ZActive.optional() }),
        response: { 200: ZBidangRow, ...denied, 404: ZProblem, 409: ZProblem, 422: ZProblem },
      },
    },
    async (request) => {
      const patch = request.body;
      if (Object.keys(patch).length === 0) throw new ProblemError(422, M.empty);
      try {
        return await db.transaction(async (tx) => {
          const [before] = await tx.select().from(bidang).where(eq(bidang.id, request.params.id)).for('update');
          if (!before) throw new ProblemError(404, M.bidangNotFound);
          const [after] = await tx.update(bidang).set(patch).where(eq(bidang.id, before.id)).returning();
          await tx.insert(auditLog).values({
            at: fastify.now(),
            actorId: request.actor.id,
            action: 'ORG_BIDANG_UPDATED',
            detail: { bidangId: before.id, from: { code: before.code, name: before.name, active: before.active }, to: { code: after!.code, name: after!.name, active: after!.active } },
          });
          return { id: after!.id, code: after!.code, name: after!.name, active: after!.active };
        });
      } catch (err) {
        if (isUniqueViolation(err)) throw codeTaken();
        throw err;
      }
    },
  );

  fastify.delete(
    '/bidang/:id',
    {
      schema: {
        ...common,
        summary: 'Hapus bidang yang belum pernah dipakai',
        description: 'Only a bidang without cases, seksi or users (active or not); otherwise 409: deactivate it.',
        params: ZId,
        response: { 204: z.null(), ...denied, 404: ZProblem, 409: ZProblem },
      },
    },
    async (request, reply) => {
      await db.transaction(async (tx) => {
        const [before] = await tx.select().from(bidang).where(eq(bidang.id, request.params.id)).for('update');
        if (!before) throw new ProblemError(404, M.bidangNotFound);
        const [[c], [s], [u]] = await Promise.all([
          tx.select({ n: count() }).from(complaints).where(eq(complaints.bidangId, before.id)),
          tx.select({ n: count() }).from(seksi).where(eq(seksi.bidangId, before.id)),
          tx.select({ n: count() }).from(users).where(eq(users.bidangId, before.id)),
        ]);
        if (Number(c!.n) + Number(s!.n) + Number(u!.n) > 0) throw new ProblemError(409, M.bidangInUse, { code: 'UNIT_IN_USE' });
        await tx.delete(bidang).where(eq(bidang.id, before.id));
        await tx.insert(auditLog).values({ at: fastify.now(), actorId: request.actor.id, action: 'ORG_BIDANG_DELETED', detail: { bidangId: before.id, code: before.code, name: before.name } });
      });
      return reply.code(204).send(null);
    },
  );

  // ---- seksi -----------------------------------------------------------------------------------

  fastify.post(
    '/seksi',
    {
      schema: {
        ...common,
        summary: 'Buat seksi di sebuah bidang',
        body: z.strictObject({ bidangId: z.uuid({ error: M.uuid }), code: ZCode, name: ZName }),
        response: { 201: ZSeksiRow, ...denied, 409: ZProblem, 422: ZProblem },
      },
    },
    async (request, reply) => {
      try {
        const row = await db.transaction(async (tx) => {
          const [parent] = await tx.select().from(bidang).where(eq(bidang.id, request.body.bidangId)).for('share');
          if (!parent) throw new ProblemError(422, INVALID, { errors: [{ path: 'bidangId', message: M.bidangNotFound }] });
          if (!parent.active) throw new ProblemError(422, INVALID, { errors: [{ path: 'bidangId', message: M.bidangInactive }] });
          const [created] = await tx.insert(seksi).values(request.body).returning();
          await tx.insert(auditLog).values({ at: fastify.now(), actorId: request.actor.id, action: 'ORG_SEKSI_CREATED', detail: { seksiId: created!.id, ...request.body } });
          return created!;
        });
        return reply.code(201).send({ id: row.id, bidangId: row.bidangId, code: row.code, name: row.name, active: row.active });
      } catch (err) {
        if (isUniqueViolation(err)) throw codeTaken();
        throw err;
      }
    },
  );

  fastify.patch(
    '/seksi/:id',
    {
      schema: {
        ...common,
        summary: 'Ubah kode, nama, atau status aktif seksi',
        params: ZId,
        body: z.strictObject({ code: ZCode.optional(), name: ZName.optional(), active: ZActive.optional() }),
        response: { 200: ZSeksiRow, ...denied, 404: ZProblem, 409: ZProblem, 422: ZProblem },
      },
    },
    async (request) => {
      const patch = request.body;
      if (Object.keys(patch).length === 0) throw new ProblemError(422, M.empty);
      try {
        return await db.transaction(async (tx) => {
          const [before] = await tx.select().from(seksi).where(eq(seksi.id, request.params.id)).for('update');
          if (!before) throw new ProblemError(404, M.seksiNotFound);
          if (patch.active === true) {
            const [parent] = await tx.select({ active: bidang.active }).from(bidang).where(eq(bidang.id, before.bidangId));
            if (!parent?.active) throw new ProblemError(422, INVALID, { errors: [{ path: 'active', message: M.bidangInactive }] });
          }
          const [after] = await tx.update(seksi).set(patch).where(eq(seksi.id, before.id)).returning();
          await tx.insert(auditLog).values({
            at: fastify.now(),
            actorId: request.actor.id,
            action: 'ORG_SEKSI_UPDATED',
            detail: { seksiId: before.id, from: { code: before.code, name: before.name, active: before.active }, to: { code: after!.code, name: after!.name, active: after!.active } },
          });
          return { id: after!.id, bidangId: after!.bidangId, code: after!.code, name: after!.name, active: after!.active };
        });
      } catch (err) {
        if (isUniqueViolation(err)) throw codeTaken();
        throw err;
      }
    },
  );

  fastify.delete(
    '/seksi/:id',
    {
      schema: {
        ...common,
        summary: 'Hapus seksi yang belum pernah dipakai',
        description: 'Only a seksi without cases or users (active or not); otherwise 409: deactivate it.',
        params: ZId,
        response: { 204: z.null(), ...denied, 404: ZProblem, 409: ZProblem },
      },
    },
    async (request, reply) => {
      await db.transaction(async (tx) => {
        const [before] = await tx.select().from(seksi).where(eq(seksi.id, request.params.id)).for('update');
        if (!before) throw new ProblemError(404, M.seksiNotFound);
        const [[c], [u]] = await Promise.all([
          tx.select({ n: count() }).from(complaints).where(eq(complaints.seksiId, before.id)),
          tx.select({ n: count() }).from(users).where(eq(users.seksiId, before.id)),
        ]);
        if (Number(c!.n) + Number(u!.n) > 0) throw new ProblemError(409, M.seksiInUse, { code: 'UNIT_IN_USE' });
        await tx.delete(seksi).where(eq(seksi.id, before.id));
        await tx.insert(auditLog).values({ at: fastify.now(), actorId: request.actor.id, action: 'ORG_SEKSI_DELETED', detail: { seksiId: before.id, code: before.code, name: before.name } });
      });
      return reply.code(204).send(null);
    },
  );
};

export default routes;
