/**
 * Staff account administration (registered under /api/v1/admin), for the ADMIN role only. No case
 * content is reachable from here.
 *
 *   GET   /users                        every account, active or not
 *   POST  /users                        create an account with its role and unit
 *   PATCH /users/{id}                   name, NIP, email, role, unit, active, password
 *   POST  /users/{id}/revoke-sessions   sign the user out everywhere
 *
 * A role's unit: KEPALA_BIDANG has a bidang (and no seksi); KEPALA_SEKSI and PETUGAS_TEKNIS have a
 * seksi, and their bidang is always the seksi's; the other roles have neither. A change of role,
 * unit or active status bumps users.token_version, so the user's current access token is refused
 * on the next request (a refresh then issues one with the new role and unit). Disabling a user or
 * setting their password also revokes every session.
 */
import { ZStaffRole, type TStaffRole } from '@sigap/shared';
import { randomInt } from 'node:crypto';
import { and, count, eq, gt, isNull, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../../../db/connect';
import { auditLog, bidang, seksi, sessions, users } from '../../../../db/schema';
import { isUniqueViolation } from '../../../../lib/db-errors';
import { hashPassword } from '../../../../lib/password';
import { PASSWORD_PROBLEM_MESSAGES, passwordProblem } from '../../../../lib/password-policy';
import { ProblemError, ZProblem, type ValidationIssue } from '../../../../lib/problem';
import { revokeAllSessions, type Tx } from '../../../../lib/sessions';
import { BEARER_SECURITY } from '../../../../plugins/app/auth';
import { findStaffUserById, findStaffUsers, toStaffUser, ZStaffUser, type StaffUserRow } from '../../../../lib/staff-users';

export const PASSWORD_MIN_LENGTH = 12;

const INVALID = 'Data tidak valid; lihat `errors`.';
const M = {
  username: 'Nama pengguna 3–50 karakter: huruf kecil, angka, titik, garis bawah, atau tanda hubung, diawali huruf atau angka.',
  usernameTaken: 'Nama pengguna ini sudah dipakai.',
  name: 'Nama wajib diisi.',
  nameTooLong: 'Nama terlalu panjang (maksimal 200 karakter).',
  passwordShort: `Kata sandi minimal ${PASSWORD_MIN_LENGTH} karakter.`,
  passwordLong: 'Kata sandi terlalu panjang (maksimal 1024 karakter).',
  role: 'Peran tidak valid.',
  uuid: 'Pilihan tidak valid.',
  bidangRequired: 'Kepala Bidang wajib ditempatkan di sebuah bidang.',
  seksiForKabid: 'Kepala Bidang tidak ditempatkan di seksi.',
  seksiRequired: 'Kepala Seksi dan Petugas Teknis wajib ditempatkan di sebuah seksi.',
  noUnit: 'Peran ini tidak ditempatkan di bidang atau seksi.',
  unknownBidang: 'Bidang tidak dikenal.',
  unknownSeksi: 'Seksi tidak dikenal.',
  inactiveUnit: 'Unit ini nonaktif.',
  seksiNotInBidang: 'Seksi ini bukan bagian dari bidang yang dipilih.',
  selfRole: 'Anda tidak dapat mengubah peran akun Anda sendiri.',
  selfActive: 'Anda tidak dapat menonaktifkan akun Anda sendiri.',
  userNotFound: 'Pengguna tidak ditemukan.',
  nip: 'NIP terdiri atas 18 angka (spasi boleh).',
  email: 'Alamat surel tidak valid.',
} as const;

export const ZUsername = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,49}$/, M.username);
export const ZName = z.string().trim().min(1, M.name).max(200, M.nameTooLong);
/** Nomor Induk Pegawai: 18 digits, printed on signed letters and the lembar disposisi; written with spaces or without. */
const ZNip = z
  .string()
  .max(40, M.nip)
  .transform((v) => v.replace(/\s+/g, ''))
  .pipe(z.string().regex(/^\d{18}$/, M.nip))
  .nullable()
  .optional();
/** Where the user's notification mail goes; null or empty: in-app notifications only. */
const ZStaffEmail = z
  .string()
  .trim()
  .max(254, M.email)
  .transform((v) => v.toLowerCase())
  .pipe(z.union([z.literal(''), z.email(M.email)]))
  .transform((v) => (v === '' ? null : v))
  .nullable()
  .optional();
export const ZPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, M.passwordShort)
  .max(1024, M.passwordLong)
  .refine((p) => passwordProblem(p) !== 'COMMON', PASSWORD_PROBLEM_MESSAGES.COMMON);
const ZRoleInput = z.enum(ZStaffRole.options, { error: M.role });
const ZUnitId = z.uuid({ error: M.uuid }).nullable().optional();

const ZCreateUser = z
  .object({
    username: ZUsername,
    name: ZName,
    nip: ZNip,
    email: ZStaffEmail,
    role: ZRoleInput,
    bidangId: ZUnitId,
    seksiId: ZUnitId,
    password: ZPassword,
    /** true: the user replaces the password at the first sign-in (the web form's default; the API's is false). */
    mustChangePassword: z.boolean({ error: 'Harus true atau false.' }).default(false),
  })
  .superRefine((u, ctx) => {
    if (passwordProblem(u.password, { username: u.username, name: u.name }) === 'CONTAINS_USERNAME') {
      ctx.addIssue({ code: 'custom', path: ['password'], message: PASSWORD_PROBLEM_MESSAGES.CONTAINS_USERNAME });
    }
  });

const ZUpdateUser = z.object({
  name: ZName.optional(),
  nip: ZNip,
  email: ZStaffEmail,
  role: ZRoleInput.optional(),
  bidangId: ZUnitId,
  seksiId: ZUnitId,
  active: z.boolean({ error: 'Harus true atau false.' }).optional(),
  password: ZPassword.optional(),
});

const ZUserParams = z.object({ id: z.uuid({ error: M.uuid }) });

export const ZAdminUser = ZStaffUser.extend({
  nip: z.string().nullable(),
  email: z.string().nullable(),
  active: z.boolean(),
  /** Sessions neither revoked nor expired. */
  activeSessions: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
type AdminUser = z.infer<typeof ZAdminUser>;

/**
 * A temporary password to read out or send: 16 characters from an alphabet without look-alikes
 * (no 0/O, 1/l/I), in groups of four, about 90 bits of entropy.
 */
function temporaryPasswordOf(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789';
  const chars = Array.from({ length: 16 }, () => alphabet[randomInt(alphabet.length)]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

const needsSeksi = (role: TStaffRole) => role === 'KEPALA_SEKSI' || role === 'PETUGAS_TEKNIS';

/**
 * The unit a role ends up with, checked against the organisation: the bidang of a Kepala Seksi or
 * Petugas Teknis is derived from their seksi (a bidangId given with it must match).
 */
async function resolveUnit(
  db: Db | Tx,
  role: TStaffRole,
  bidangId: string | null,
  seksiId: string | null,
  /** The unit the user is in already: staying in a unit deactivated meanwhile is allowed, moving into one is not. */
  current?: { bidangId: string | null; seksiId: string | null },
): Promise<{ bidangId: string | null; seksiId: string | null }> {
  const keep = current !== undefined && (role === 'KEPALA_BIDANG' ? current.bidangId === bidangId : current.seksiId === seksiId);
  const issues: ValidationIssue[] = [];
  if (role === 'KEPALA_BIDANG') {
    if (!bidangId) issues.push({ path: 'bidangId', message: M.bidangRequired });
    if (seksiId) issues.push({ path: 'seksiId', message: M.seksiForKabid });
    if (bidangId && issues.length === 0) {
      const [b] = await db.select({ id: bidang.id, active: bidang.active }).from(bidang).where(eq(bidang.id, bidangId));
      if (!b) issues.push({ path: 'bidangId', message: M.unknownBidang });
      else if (!b.active && !keep) issues.push({ path: 'bidangId', message: M.inactiveUnit });
    }
    if (issues.length) throw new ProblemError(422, INVALID, { errors: issues });
    return { bidangId, seksiId: null };
  }
  if (needsSeksi(role)) {
    if (!seksiId) throw new ProblemError(422, INVALID, { errors: [{ path: 'seksiId', message: M.seksiRequired }] });
    const [s] = await db
      .select({ bidangId: seksi.bidangId, active: sql<boolean>`${seksi.active} and ${bidang.active}` })
      .from(seksi)
      .innerJoin(bidang, eq(bidang.id, seksi.bidangId))
      .where(eq(seksi.id, seksiId));
    if (!s) throw new ProblemError(422, INVALID, { errors: [{ path: 'seksiId', message: M.unknownSeksi }] });
    if (!s.active && !keep) throw new ProblemError(422, INVALID, { errors: [{ path: 'seksiId', message: M.inactiveUnit }] });
    if (bidangId && bidangId !== s.bidangId) {
      throw new ProblemError(422, INVALID, { errors: [{ path: 'bidangId', message: M.seksiNotInBidang }] });
    }
    return { bidangId: s.bidangId, seksiId };
  }
  if (bidangId) issues.push({ path: 'bidangId', message: M.noUnit });
  if (seksiId) issues.push({ path: 'seksiId', message: M.noUnit });
  if (issues.length) throw new ProblemError(422, INVALID, { errors: issues });
  return { bidangId: null, seksiId: null };
}

async function activeSessionCounts(db: Db, userId?: string): Promise<Map<string, number>> {
  const live = and(isNull(sessions.revokedAt), gt(sessions.expiresAt, sql`now()`));
  const rows = await db
    .select({ userId: sessions.userId, n: count() })
    .from(sessions)
    .where(userId ? and(live, eq(sessions.userId, userId)) : live)
    .groupBy(sessions.userId);
  return new Map(rows.map((r) => [r.userId, Number(r.n)]));
}

function toAdminUser(row: StaffUserRow, sessionCounts: Map<string, number>): AdminUser {
  return {
    ...toStaffUser(row),
    nip: row.nip,
    email: row.email,
    active: row.active,
    activeSessions: sessionCounts.get(row.id) ?? 0,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const adminUserRoutes: FastifyPluginAsyncZod = async (fastify) => {
  // onRequest, not preHandler: who may call comes before what the body says (a stranger gets 401, not 422).
  fastify.addHook('onRequest', fastify.requireRoles('ADMIN'));

  const common = { tags: ['admin'], security: BEARER_SECURITY };
  const denied = { 401: ZProblem, 403: ZProblem };

  async function adminView(id: string): Promise<AdminUser> {
    const row = await findStaffUserById(fastify.db, id);
    if (!row) throw new ProblemError(404, M.userNotFound);
    return toAdminUser(row, await activeSessionCounts(fastify.db, id));
  }

  fastify.get(
    '/users',
    {
      schema: {
        ...common,
        summary: 'Every staff account (active and disabled)',
        response: { 200: z.object({ items: z.array(ZAdminUser) }), ...denied },
      },
    },
    async () => {
      const [rows, counts] = await Promise.all([findStaffUsers(fastify.db), activeSessionCounts(fastify.db)]);
      return { items: rows.map((r) => toAdminUser(r, counts)) };
    },
  );

  fastify.post(
    '/users',
    {
      schema: {
        ...common,
        summary: 'Create a staff account',
        description: `Password at least ${PASSWORD_MIN_LENGTH} characters. KEPALA_BIDANG needs bidangId; KEPALA_SEKSI and PETUGAS_TEKNIS need seksiId (their bidang is the seksi's); other roles take neither.`,
        body: ZCreateUser,
        response: { 201: ZAdminUser, ...denied, 409: ZProblem, 422: ZProblem },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const unit = await resolveUnit(fastify.db, body.role, body.bidangId ?? null, body.seksiId ?? null);
      const passwordHash = await hashPassword(body.password);
      let id: string;
      try {
        id = await fastify.db.transaction(async (tx) => {
          const [created] = await tx
            .insert(users)
            .values({
              username: body.username,
              name: body.name,
              nip: body.nip ?? null,
              email: body.email ?? null,
              role: body.role,
              passwordHash,
              mustChangePassword: body.mustChangePassword,
              ...unit,
            })
            .returning({ id: users.id });
          if (!created) throw new Error('user insert returned no row');
          await tx.insert(auditLog).values({
            actorId: request.actor.id,
            action: 'ADMIN_USER_CREATED',
            detail: { userId: created.id, username: body.username, role: body.role, mustChangePassword: body.mustChangePassword, ...unit },
          });
          return created.id;
        });
      } catch (err) {
        if (isUniqueViolation(err)) {
          throw new ProblemError(409, M.usernameTaken, { errors: [{ path: 'username', message: M.usernameTaken }] });
        }
        throw err;
      }
      return reply.code(201).send(await adminView(id));
    },
  );

  fastify.patch(
    '/users/:id',
    {
      schema: {
        ...common,
        summary: 'Change a staff account (name, NIP, email, role, unit, active, password)',
        description:
          'Omitted fields stay. A change of role, unit or active status ends the user’s current access tokens; ' +
          'disabling the user or setting a password also ends every session. An administrator cannot change ' +
          'their own role or disable themselves.',
        params: ZUserParams,
        body: ZUpdateUser,
        response: { 200: ZAdminUser, ...denied, 404: ZProblem, 422: ZProblem },
      },
    },
    async (request) => {
      const { id } = request.params;
      const patch = request.body;
      const passwordHash = patch.password === undefined ? undefined : await hashPassword(patch.password);

      await fastify.db.transaction(async (tx) => {
        const [current] = await tx.select().from(users).where(eq(users.id, id)).for('update');
        if (!current) throw new ProblemError(404, M.userNotFound);

        const role = patch.role ?? current.role;
        const self = id === request.actor.id;
        const selfIssues: ValidationIssue[] = [];
        if (self && role !== current.role) selfIssues.push({ path: 'role', message: M.selfRole });
        if (self && patch.active === false) selfIssues.push({ path: 'active', message: M.selfActive });
        if (selfIssues.length) throw new ProblemError(422, INVALID, { errors: selfIssues });

        // A unit the body leaves out stays where the role keeps it; a role without one drops it.
        const unit = needsSeksi(role)
          ? await resolveUnit(tx, role, patch.bidangId ?? null, patch.seksiId !== undefined ? patch.seksiId : current.seksiId, current)
          : role === 'KEPALA_BIDANG'
            ? await resolveUnit(tx, role, patch.bidangId !== undefined ? patch.bidangId : current.bidangId, patch.seksiId ?? null, current)
            : await resolveUnit(tx, role, patch.bidangId ?? null, patch.seksiId ?? null);
        const active = patch.active ?? current.active;

        const accessChanged =
          role !== current.role ||
          unit.bidangId !== current.bidangId ||
          unit.seksiId !== current.seksiId ||
          active !== current.active;
        const endSessions = passwordHash !== undefined || (current.active && !active);

        await tx
          .update(users)
          .set({
            name: patch.name ?? current.name,
            ...(patch.nip !== undefined ? { nip: patch.nip } : {}),
            ...(patch.email !== undefined ? { email: patch.email } : {}),
            role,
            ...unit,
            active,
            // A password the administrator typed is known to them: the user replaces it at the next sign-in.
            ...(passwordHash !== undefined ? { passwordHash, mustChangePassword: true } : {}),
            ...(accessChanged || endSessions ? { tokenVersion: sql`${users.tokenVersion} + 1` } : {}),
            updatedAt: sql`now()`,
          })
          .where(eq(users.id, id));
        const revoked = endSessions ? await revokeAllSessions(tx, id) : 0;

        await tx.insert(auditLog).values({
          actorId: request.actor.id,
          action: 'ADMIN_USER_UPDATED',
          detail: {
            userId: id,
            changed: {
              ...(patch.name !== undefined && patch.name !== current.name ? { name: patch.name } : {}),
              ...(patch.nip !== undefined && patch.nip !== current.nip ? { nip: patch.nip } : {}),
              ...(patch.email !== undefined && patch.email !== current.email ? { email: patch.email } : {}),
              ...(role !== current.role ? { role } : {}),
              ...(unit.bidangId !== current.bidangId ? { bidangId: unit.bidangId } : {}),
              ...(unit.seksiId !== current.seksiId ? { seksiId: unit.seksiId } : {}),
              ...(active !== current.active ? { active } : {}),
              ...(passwordHash !== undefined ? { password: true } : {}),
            },
            sessionsRevoked: revoked,
          },
        });
      });
      return adminView(id);
    },
  );

  fastify.post(
    '/users/:id/reset-password',
    {
      schema: {
        ...common,
        summary: 'Reset a user’s password to a temporary one, to be changed at the next sign-in',
        description:
          'Answers a generated temporary password, once (it is stored only as a hash). Every session of the user ' +
          'ends; until they choose a new password the API refuses them everything but POST /auth/change-password.',
        params: ZUserParams,
        response: { 200: z.object({ temporaryPassword: z.string() }), ...denied, 404: ZProblem, 422: ZProblem },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      if (id === request.actor.id) {
        throw new ProblemError(422, 'Ganti kata sandi Anda sendiri melalui halaman Ganti kata sandi.', {
          errors: [{ path: 'id', message: 'Anda tidak dapat mengatur ulang kata sandi Anda sendiri di sini.' }],
        });
      }
      const temporaryPassword = temporaryPasswordOf();
      const passwordHash = await hashPassword(temporaryPassword);
      await fastify.db.transaction(async (tx) => {
        const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, id)).for('update');
        if (!user) throw new ProblemError(404, M.userNotFound);
        await tx
          .update(users)
          .set({ passwordHash, mustChangePassword: true, tokenVersion: sql`${users.tokenVersion} + 1`, updatedAt: sql`now()` })
          .where(eq(users.id, id));
        const n = await revokeAllSessions(tx, id);
        await tx.insert(auditLog).values({ actorId: request.actor.id, action: 'ADMIN_PASSWORD_RESET', detail: { userId: id, sessionsRevoked: n } });
      });
      reply.header('cache-control', 'no-store');
      return { temporaryPassword };
    },
  );

  fastify.post(
    '/users/:id/revoke-sessions',
    {
      schema: {
        ...common,
        summary: 'Sign a user out everywhere',
        description: 'Revokes every session of the user; their access tokens are refused from the next request on.',
        params: ZUserParams,
        response: { 200: z.object({ revokedSessions: z.number().int() }), ...denied, 404: ZProblem },
      },
    },
    async (request) => {
      const { id } = request.params;
      const revokedSessions = await fastify.db.transaction(async (tx) => {
        const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, id));
        if (!user) throw new ProblemError(404, M.userNotFound);
        const n = await revokeAllSessions(tx, id);
        await tx.insert(auditLog).values({
          actorId: request.actor.id,
          action: 'ADMIN_SESSIONS_REVOKED',
          detail: { userId: id, sessionsRevoked: n },
        });
        return n;
      });
      return { revokedSessions };
    },
  );
};

export default adminUserRoutes;
