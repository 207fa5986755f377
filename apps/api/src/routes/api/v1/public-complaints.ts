/**
 * The public side (registered under /api/v1/public), for citizens without an account:
 *
 *   POST /complaints                 submit the form → tracking code + secret (shown once)
 *   GET  /complaints/{trackingCode}  header X-Tracking-Secret → status and public milestones
 *
 * Submissions are rate-limited per client address (RATE_LIMIT_SUBMIT_PER_HOUR, counted in the
 * database so replicas share it) and idempotent with an `Idempotency-Key` header.
 */
import { ZComplaintInput, ZSubmitResponse, ZTrackingResponse } from '@sigap/shared';
import { and, eq } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { documentFiles, documents } from '../../../db/schema';
import { caseByTrackingCode, publicView, submitComplaint, type SubmitResult } from '../../../domain/complaints';
import { withIdempotency } from '../../../domain/idempotency';
import { hit } from '../../../domain/rate-limit';
import { normalizeTrackingCode, trackingSecretMatches } from '../../../domain/tracking';
import { ProblemError, ZProblem } from '../../../lib/problem';

const NOT_FOUND = 'Kode pelacakan atau kode rahasia tidak cocok.';

const routes: FastifyPluginAsyncZod = async (fastify) => {
  const services = () => ({ db: fastify.db, now: fastify.now, reporterKey: fastify.config.REPORTER_KEY });

  /** The case a tracking code and secret open, rate-limited per client; 404 alike for every mismatch. */
  const caseByCode = async (request: FastifyRequest, reply: FastifyReply, rawCode: string) => {
    const limit = fastify.config.RATE_LIMIT_TRACK_PER_MINUTE;
    const rl = await hit(fastify.db, { bucket: 'public-track', clientKey: request.ip, secret: fastify.config.REPORTER_KEY, limit, windowSeconds: 60, now: fastify.now() });
    if (!rl.allowed) {
      reply.header('retry-after', String(rl.retryAfter));
      throw new ProblemError(429, `Terlalu banyak percobaan pelacakan dari alamat ini. Coba lagi dalam ${rl.retryAfter} detik.`, { code: 'RATE_LIMITED', retryAfter: rl.retryAfter });
    }
    // Anything that cannot be a code is simply not found (same answer, no oracle, no SQL with junk).
    if (!/^[A-Za-z0-9-]{4,40}$/.test(rawCode)) throw new ProblemError(404, NOT_FOUND, { code: 'NOT_FOUND' });
    const code = normalizeTrackingCode(rawCode);
    const secretHeader = request.headers['x-tracking-secret'];
    const secret = typeof secretHeader === 'string' ? secretHeader : '';
    const row = await caseByTrackingCode(fastify.db, code);
    // Compare even when the code is unknown, so both answers take the same time.
    const ok = trackingSecretMatches(secret, row?.trackingSecretHash ?? '0'.repeat(64)) && !!row;
    if (!ok || !row) throw new ProblemError(404, NOT_FOUND, { code: 'NOT_FOUND' });
    return row;
  };

  fastify.post(
    '/complaints',
    {
      schema: {
        tags: ['public'],
        summary: 'Kirim pengaduan (Formulir Pengaduan Masyarakat)',
        description:
          'Validated by the shared form schema. An `Idempotency-Key` header makes a retry return the first answer; the same key with a different body is a 422. Over RATE_LIMIT_SUBMIT_PER_HOUR per client address: 429 with Retry-After.',
        headers: z.object({ 'idempotency-key': z.string().trim().min(8).max(200).optional() }),
        body: ZComplaintInput,
        response: { 201: ZSubmitResponse, 422: ZProblem, 429: ZProblem },
      },
    },
    async (request, reply) => {
      const now = fastify.now();
      const key = request.headers['idempotency-key'];
      const limit = fastify.config.RATE_LIMIT_SUBMIT_PER_HOUR;
      const idempotent = { scope: 'public-submit', key, body: request.body, secret: fastify.config.REPORTER_KEY, now };
      const result = await withIdempotency<Omit<SubmitResult, 'id'>>(fastify.db, idempotent, async (tx, answer) => {
        // Counted inside the transaction: a replay (answered above this callback) never counts. Sent
        // with the submission's reads; nothing is written when it refuses.
        const gate = hit(tx, { bucket: 'public-submit', clientKey: request.ip, secret: fastify.config.REPORTER_KEY, limit, windowSeconds: 3600, now }).then((rl) => {
          if (rl.allowed) return;
          reply.header('retry-after', String(rl.retryAfter));
          throw new ProblemError(429, `Batas ${limit} pengaduan per jam dari alamat ini tercapai. Coba lagi dalam ${Math.ceil(rl.retryAfter / 60)} menit.`, {
            code: 'RATE_LIMITED',
            retryAfter: rl.retryAfter,
          });
        });
        const { id: _id, ...body } = await submitComplaint(services(), { form: request.body, channel: 'ONLINE' }, tx, {
          gate,
          answer: (r) => answer({ status: 201, body: r }),
        });
        return { status: 201, body };
      });
      if (result.replayed) reply.header('idempotent-replayed', 'true');
      return reply.code(201).send(result.body);
    },
  );

  fastify.get(
    '/complaints/:trackingCode',
    {
      schema: {
        tags: ['public'],
        summary: 'Lacak pengaduan',
        description: '404 alike for an unknown code and for a wrong secret, so the answer reveals nothing.',
        params: z.object({ trackingCode: z.string().max(40) }),
        headers: z.object({ 'x-tracking-secret': z.string().max(100).optional() }),
        response: { 200: ZTrackingResponse, 404: ZProblem, 429: ZProblem },
      },
    },
    async (request, reply) => publicView(services(), await caseByCode(request, reply, request.params.trackingCode)),
  );

  fastify.get(
    '/complaints/:trackingCode/surat',
    {
      schema: {
        tags: ['public'],
        summary: 'Unduh tembusan surat hasil pemeriksaan (setelah dikirim)',
        description: 'The signed letter as sent, for the complainant (their tembusan copy), once the case is SELESAI. Same 404 as tracking.',
        params: z.object({ trackingCode: z.string().max(40) }),
        headers: z.object({ 'x-tracking-secret': z.string().max(100).optional() }),
        response: { 404: ZProblem, 429: ZProblem },
      },
    },
    async (request, reply) => {
      const row = await caseByCode(request, reply, request.params.trackingCode);
      const [doc] = await fastify.db
        .select({ id: documents.id, content: documents.content, bytes: documentFiles.bytes })
        .from(documents)
        .innerJoin(documentFiles, eq(documentFiles.documentId, documents.id))
        .where(and(eq(documents.complaintId, row.id), eq(documents.kind, 'SURAT_TERTANDA')))
        .limit(1);
      if (row.step !== 'SELESAI' || !doc) throw new ProblemError(404, 'Surat belum tersedia: surat dapat diunduh setelah dikirim.', { code: 'LETTER_NOT_SENT' });
      const number = ((doc.content as { letterNumber?: string } | null)?.letterNumber ?? row.trackingCode).replace(/[^A-Za-z0-9-]+/g, '-');
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="surat-${number}.pdf"`)
        .send(doc.bytes as never);
    },
  );
};

export default routes;
